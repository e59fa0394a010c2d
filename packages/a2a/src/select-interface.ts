import type { AgentCard } from '@a2a-js/sdk'
import { A2aError } from './a2a-error.js'

/** The protocol bindings Switchyard speaks, in order of preference. */
export const SUPPORTED_BINDINGS = ['JSONRPC', 'HTTP+JSON'] as const

/** A protocol binding Switchyard speaks. */
export type ProtocolBinding = (typeof SUPPORTED_BINDINGS)[number]

/** The A2A protocol versions Switchyard speaks: 1.0, and 0.3 where an agent offers nothing newer. */
export type ProtocolVersion = '1.0' | '0.3'

/** The interface of an agent that Switchyard calls. */
export interface AgentEndpoint {
  url: string
  protocolBinding: ProtocolBinding
  protocolVersion: ProtocolVersion
}

function versionOf(declared: string): ProtocolVersion | undefined {
  if (declared === '' || /^1(\.|$)/.test(declared)) return '1.0'
  if (/^0\.3(\.|$)/.test(declared)) return '0.3'
  return undefined
}

/**
 * Picks the interface to call: JSON-RPC before HTTP+JSON, v1.0 before v0.3 within a binding.
 * Throws `UNSUPPORTED_INTERFACE` when the card offers neither binding in a version spoken here.
 */
export function selectInterface(card: AgentCard): AgentEndpoint {
  const offered = card.supportedInterfaces.flatMap((entry) => {
    const protocolVersion = versionOf(entry.protocolVersion)
    const rank = SUPPORTED_BINDINGS.indexOf(entry.protocolBinding as ProtocolBinding)
    return protocolVersion && rank >= 0
      ? [
          {
            url: entry.url,
            protocolBinding: SUPPORTED_BINDINGS[rank] as ProtocolBinding,
            protocolVersion,
            rank,
          },
        ]
      : []
  })
  offered.sort((a, b) => a.rank - b.rank || (a.protocolVersion === '1.0' ? -1 : 1))
  const best = offered[0]
  if (!best) {
    const seen = card.supportedInterfaces
      .map((entry) => `${entry.protocolBinding} ${entry.protocolVersion || '?'}`)
      .join(', ')
    throw new A2aError(
      'UNSUPPORTED_INTERFACE',
      `the agent card's supportedInterfaces offer no JSONRPC or HTTP+JSON interface of A2A 1.0 or 0.3 (found: ${seen || 'none'})`,
      { field: 'supportedInterfaces' },
    )
  }
  return {
    url: best.url,
    protocolBinding: best.protocolBinding,
    protocolVersion: best.protocolVersion,
  }
}
