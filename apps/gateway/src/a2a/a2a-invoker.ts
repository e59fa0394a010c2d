import {
  forwardJsonRpc,
  isA2aError,
  toAgentMessage,
  toToolResult,
  type AgentClient,
  type AgentReply,
  type ProtocolBinding,
  type ProtocolVersion,
  type StatusUpdate,
  type ToolResult,
} from '@switchyard/a2a'
import {
  authHeaders,
  outboundRefusal,
  type CatalogA2aAgent,
  type CatalogHolder,
  type ToolInvoker,
  type UrlPolicy,
} from '@switchyard/core'
import { createPolicyFetch } from '../outbound/policy-fetch.js'
import { loadA2aClient } from './load-a2a.js'

/** What the A2A invoker reads agents from. */
export interface A2aInvokerOptions {
  catalog: CatalogHolder
  /** Default per-call timeout when a tool sets none; default 5 minutes. */
  timeoutMs?: number
  /** Outbound URL rules for every connection to an agent. */
  urlPolicy?: UrlPolicy
}

/** The A2A invoker: calls an agent's tool, and the agent directly (`/a2a/{name}/invoke`). */
export interface A2aInvoker {
  invoke: ToolInvoker
  /** Sends a tool's arguments to an agent; A2A failures become error results. */
  call(
    agent: CatalogA2aAgent,
    args: Record<string, unknown>,
    options: {
      signal: AbortSignal
      timeoutMs?: number
      onStatus?: (update: StatusUpdate) => void
      /** Headers of this call's requests (trace context). */
      headers?: Record<string, string>
    },
  ): Promise<ToolResult>
  /**
   * Posts a JSON-RPC request to the agent's JSON-RPC interface unchanged, with its credentials,
   * through the URL policy (`/a2a/{name}/jsonrpc`); `version` is the caller's `A2A-Version`.
   */
  forward(
    agent: CatalogA2aAgent,
    body: string,
    options: { signal: AbortSignal; version?: string },
  ): Promise<Response>
  /** Closes the pooled connections. */
  close(): Promise<void>
}

const errorResult = (text: string): ToolResult => ({
  content: [{ type: 'text', text }],
  isError: true,
})

/** Creates the invoker of `A2A` tools: one client per agent snapshot, progress from status updates. */
export function createA2aInvoker(options: A2aInvokerOptions): A2aInvoker {
  const clients = new WeakMap<CatalogA2aAgent, AgentClient>()
  const guarded = options.urlPolicy && createPolicyFetch(options.urlPolicy)
  const clientOf = async (agent: CatalogA2aAgent): Promise<AgentClient> => {
    let client = clients.get(agent)
    if (!client) {
      const { createAgentClient, parseAgentCard } = await loadA2aClient()
      client = createAgentClient({
        card: parseAgentCard(agent.card),
        endpoint: {
          url: agent.endpointUrl,
          protocolBinding: agent.protocolBinding as ProtocolBinding,
          protocolVersion: agent.protocolVersion as ProtocolVersion,
        },
        streaming: agent.streaming,
        headers: authHeaders(agent.auth),
        ...(guarded && { fetch: guarded.fetch }),
      })
      clients.set(agent, client)
    }
    return client
  }

  const call: A2aInvoker['call'] = async (agent, args, callOptions) => {
    const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? 300_000
    const signal = AbortSignal.any([callOptions.signal, AbortSignal.timeout(timeoutMs)])
    let reply: AgentReply
    try {
      reply = await (
        await clientOf(agent)
      ).send(toAgentMessage(args), {
        signal,
        ...(callOptions.onStatus && { onStatus: callOptions.onStatus }),
        ...(callOptions.headers && { headers: callOptions.headers }),
      })
    } catch (error) {
      callOptions.signal.throwIfAborted()
      if (signal.aborted)
        return errorResult(`agent '${agent.name}': no answer within ${timeoutMs} ms`)
      const refused = outboundRefusal(error)
      if (refused) throw refused
      if (isA2aError(error)) return errorResult(`agent '${agent.name}': ${error.message}`)
      throw error
    }
    return toToolResult(reply)
  }

  return {
    call,
    async forward(agent, body, { signal, version }) {
      const { parseAgentCard } = await loadA2aClient()
      return forwardJsonRpc({
        card: parseAgentCard(agent.card),
        body,
        headers: { ...authHeaders(agent.auth), ...(version && { 'A2A-Version': version }) },
        signal,
        ...(guarded && { fetch: guarded.fetch }),
      })
    },
    close: async () => {
      await guarded?.close()
    },
    async invoke(tool, args, context) {
      const agent = tool.a2aAgentId
        ? options.catalog.current().a2aAgents.get(tool.a2aAgentId)
        : undefined
      if (!agent) return errorResult(`tool '${tool.name}' has no enabled A2A agent`)
      let step = 0
      return call(agent, args, {
        signal: context.signal,
        ...(tool.timeoutMs !== null && { timeoutMs: tool.timeoutMs }),
        // the call continues the request's trace
        ...(context.traceContext && { headers: { ...context.traceContext } }),
        onStatus: (update) =>
          void context.sendProgress(
            ++step,
            undefined,
            update.text ? `${update.state}: ${update.text}` : update.state,
          ),
      })
    },
  }
}
