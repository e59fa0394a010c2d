import { AgentCard } from '@a2a-js/sdk'
import { DefaultAgentCardResolver } from '@a2a-js/sdk/client'
import { z } from 'zod'
import { A2aError } from './a2a-error.js'
import { issueText } from './issue-text.js'

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })

const InterfaceSchema = z.object({
  url: HttpUrl,
  protocolBinding: z.string().min(1, 'must name a protocol binding'),
  protocolVersion: z.string().optional(),
})

/** The fields of an A2A v1.0 agent card that Switchyard relies on. */
export const AgentCardV1Schema = z.object({
  name: z.string().min(1, 'must be a non-empty string'),
  description: z.string().optional(),
  supportedInterfaces: z.array(InterfaceSchema).min(1, 'must list at least one interface'),
  capabilities: z.object({ streaming: z.boolean().optional() }).optional(),
  skills: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
})

/** The fields of an A2A v0.3 agent card that Switchyard relies on. */
export const AgentCardV03Schema = z.object({
  name: z.string().min(1, 'must be a non-empty string'),
  description: z.string().optional(),
  url: HttpUrl,
  protocolVersion: z.string().min(1, 'must be a non-empty string').optional(),
  preferredTransport: z.string().optional(),
  additionalInterfaces: z
    .array(z.object({ url: HttpUrl, transport: z.string().min(1) }))
    .optional(),
  capabilities: z.object({ streaming: z.boolean().optional() }).optional(),
  skills: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
})

const resolver = new DefaultAgentCardResolver({ legacyCompat: { enabled: true } })

/**
 * Checks an agent card as fetched (v1.0, or v0.3 when it has a top-level `url` and no
 * `supportedInterfaces`) and normalizes it to the v1.0 model; interfaces of a v0.3 card carry
 * `protocolVersion: '0.3'`. Throws an `INVALID_CARD` A2aError naming the first field at fault.
 */
export function parseAgentCard(raw: unknown): AgentCard {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new A2aError('INVALID_CARD', 'the agent card is not a JSON object')
  }
  const legacy = !('supportedInterfaces' in raw) && 'url' in raw
  if (!legacy && !('supportedInterfaces' in raw)) {
    throw new A2aError(
      'INVALID_CARD',
      'the agent card has neither supportedInterfaces (A2A 1.0) nor url (A2A 0.3)',
      { field: 'supportedInterfaces' },
    )
  }
  const schema = legacy ? AgentCardV03Schema : AgentCardV1Schema
  const checked = schema.safeParse(raw, { error: issueText })
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const field = issue?.path.map(String).join('.') ?? ''
    throw new A2aError(
      'INVALID_CARD',
      `the agent card's ${field || 'content'} ${issue?.message ?? 'is invalid'}`,
      { field },
    )
  }
  try {
    // A v1.0 card is read into the SDK's model, so that what its JSON leaves out has its default:
    // proto3 JSON omits empty strings, such as an interface's protocolVersion (taken as 1.0).
    return legacy ? resolver.normalizeAgentCard(raw) : AgentCard.fromJSON(raw)
  } catch (error) {
    throw new A2aError(
      'INVALID_CARD',
      `the agent card could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
}
