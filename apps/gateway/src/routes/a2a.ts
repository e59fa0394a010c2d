import { MessageInputSchema } from '@switchyard/a2a'
import {
  A2aAgentCreateSchema,
  A2aAgentUpdateSchema,
  GatewayError,
  type A2aAgentCreate,
  type PluginHost,
  type A2aAgentUpdate,
  type Registry,
} from '@switchyard/core'
import type { A2aInvoker } from '../a2a/a2a-invoker.js'
import { discoverAgent } from '../a2a/agent-discovery.js'
import { jsonRpcRefusal } from '../a2a/jsonrpc-refusal.js'
import { z } from 'zod'
import { defineRoute, type Route } from '../http/route.js'
import { crudRoutes } from './crud.js'

const record = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A message to send, also in ContextForge's form `{"parameters": {"query": ...}, ...}`. */
const InvokeBodySchema = z.preprocess((body) => {
  if (!record(body) || body.message !== undefined || !record(body.parameters)) return body
  const { query, message } = body.parameters
  const text = typeof message === 'string' ? message : typeof query === 'string' ? query : ''
  return { message: text, data: [body.parameters] }
}, MessageInputSchema)

/**
 * `/a2a`: register A2A agents (the card is read before anything is stored), list, get, update,
 * delete and enable/disable them; `POST /a2a/{name}/invoke` sends a message, through the global
 * plugins as a call of the agent's tool, and `POST /a2a/{name}/jsonrpc` passes a JSON-RPC
 * request through to the agent unchanged (no plugin reads it).
 */
export function a2aRoutes(registry: Registry, invoker: A2aInvoker, plugins?: PluginHost): Route[] {
  const { a2a } = registry
  const urlPolicy = registry.context.urlPolicy
  const service = {
    ...a2a,
    async create(input: A2aAgentCreate, actor: { email: string | null }) {
      const found = await discoverAgent(input.url ?? input.endpointUrl ?? '', input.auth, urlPolicy)
      return a2a.create(input, actor, found)
    },
    async update(id: string, input: A2aAgentUpdate) {
      const url = input.url ?? input.endpointUrl
      if (url === undefined && input.auth === undefined) return a2a.update(id, input)
      // A new address or new credentials: read the card again before anything changes.
      const found = await discoverAgent(
        url ?? (await a2a.getRow(id)).url,
        input.auth ?? (await a2a.credentials(id)),
        urlPolicy,
      )
      return a2a.update(id, input, found)
    },
  }
  /** The agent as registered (its tool's name) and as the catalog has it live (its credentials). */
  const enabledAgent = async (key: string, viewer: Parameters<typeof a2a.get>[1]) => {
    const agent = await a2a.get(key, viewer)
    const live = registry.catalog.current().a2aAgents.get(agent.id)
    if (!live) throw new GatewayError('CONFLICT', `a2a agent '${agent.name}' is disabled`)
    return { live, toolName: agent.toolName ?? agent.name }
  }
  return [
    defineRoute({
      method: 'post',
      path: '/a2a/:name/invoke',
      audit: false,
      summary:
        'Send a message to an agent (text, data parts, files; contextId/taskId to continue); answers the tool result',
      tag: 'A2A',
      body: InvokeBodySchema,
      keepKeys: true,
      async handle({ c, body, param, viewer, principal }) {
        const { live, toolName } = await enabledAgent(param('name'), viewer)
        const send = (args: Record<string, unknown>) =>
          invoker.call(live, args, { signal: c.req.raw.signal })
        const chain = plugins?.forServer(null)
        if (chain === undefined) return send(body)
        const info = { serverId: null, principalEmail: principal.email }
        return chain.toolCall({ name: toolName, arguments: body }, info, (call) =>
          send(call.arguments),
        )
      },
    }),
    defineRoute({
      method: 'post',
      path: '/a2a/:name/jsonrpc',
      audit: false,
      summary:
        "Pass one JSON-RPC request through to the agent's JSON-RPC interface unchanged; the gateway's own failures are JSON-RPC errors",
      tag: 'A2A',
      async handle({ c, param, viewer }) {
        const body = await c.req.text()
        try {
          const { live } = await enabledAgent(param('name'), viewer)
          const version = c.req.header('a2a-version')
          return await invoker.forward(live, body, {
            signal: c.req.raw.signal,
            ...(version && { version }),
          })
        } catch (error) {
          return jsonRpcRefusal(error, body)
        }
      },
    }),
    ...crudRoutes({
      base: '/a2a',
      tag: 'A2A',
      noun: 'a2a agent',
      wrapKey: 'agent',
      service,
      createSchema: A2aAgentCreateSchema,
      updateSchema: A2aAgentUpdateSchema,
    }),
  ]
}
