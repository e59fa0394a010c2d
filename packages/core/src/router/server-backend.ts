import {
  McpFaceError,
  type McpBackend,
  type RequestContext,
  type UpstreamSession,
} from '@switchyard/transports'
import type {
  Catalog,
  CatalogMember,
  CatalogPrompt,
  CatalogResource,
  CatalogTool,
} from '../catalog/catalog.js'
import type { UpstreamPool } from '../federation/upstream-pool.js'
import { renderTemplate } from '../prompts/render.js'
import type { Viewer } from '../services/context.js'
import { canView } from '../services/list-query.js'
import { argumentProblems } from './argument-validator.js'
import { backendMembers } from './backend-members.js'
import { createPager } from './paginate.js'
import { asFaceError, createForwarder } from './forward.js'
import type { InflightRequests } from './inflight.js'
import type { InputBridge } from './input-bridge.js'
import type { ToolInvoker } from '../rest/rest-invoker.js'
import { errorResult } from '../rest/rest-result.js'
import type { IntegrationType } from '../schemas/tool.js'
import type { RateLimiter } from '../limits/rate-limiter.js'
import type { ConcurrencyGate } from '../limits/concurrency-gate.js'
import { limitKeys } from '../limits/rate-limiter.js'
import { spendToken, withinCap } from './limit-checks.js'
import { checkedToolResult } from './tool-result.js'
import type { CallInfo, PluginChain } from '../plugins/plugin-chain.js'
import { hasDotSegments } from './dot-segments.js'
import { checkPromptArguments, completionRef, stringParam } from './request-params.js'
import { forwardedDigest } from './forwarded-headers.js'
import { isLogLevel, LOG_LEVELS, type LogLevels } from './log-levels.js'
import type { MemberAccess } from './member-access.js'

/** JSON-RPC codes the backend answers with. */
export const RPC = {
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  notFound: -32002,
} as const

/** What one virtual server (or the whole visible catalog, for `/mcp`) serves. */
export interface ServerBackendOptions {
  catalog: Catalog
  pool: UpstreamPool
  /** The virtual server, or null for every member the viewer may see. */
  serverId: string | null
  viewer: Viewer
  /** The caller's email: picks their session of an upstream with per-user OAuth. */
  user?: string
  serverInfo: { name: string; version: string }
  /** Routes an upstream's unattributed notifications (logs) to the request in flight. */
  inflight?: InflightRequests
  /** Carries a 2025-era upstream's requests to a 2026-era client as input_required rounds. */
  inputBridge?: InputBridge
  /** Each downstream session's log level (shared by every backend). */
  logLevels?: LogLevels
  /** Calls tools that are not an MCP upstream's, by integration type. */
  invokers?: Partial<Record<IntegrationType, ToolInvoker>>
  /** Enforces the `rateLimit` of tools (per call) and of the virtual server (per request). */
  limiter?: RateLimiter
  /** Enforces tools' `maxConcurrency`: a call past the cap is refused at once (-32029). */
  concurrency?: ConcurrencyGate
  /** Plugin hooks around tool calls, prompt renders and resource reads, scoped to this server. */
  plugins?: PluginChain
  /** The caller, as plugins see it; the viewer's email when absent. */
  principalEmail?: string | null
  /** Decides each call on the member it names (RBAC); every visible member when absent. */
  access?: MemberAccess
}

type Params = Record<string, unknown> | undefined
/** A GatewayError (from an invoker or a plugin) as the JSON-RPC error the face sends. */
const rethrow = (error: unknown): never => {
  throw asFaceError(error)
}

/** Serves MCP for a virtual server from the catalog snapshot, forwarding to pooled upstream sessions. */
export function createServerBackend(options: ServerBackendOptions): McpBackend {
  const { catalog, pool, viewer } = options
  const server = options.serverId === null ? undefined : catalog.servers.get(options.serverId)
  if (options.serverId !== null && (!server || !canView(viewer, server))) {
    throw new McpFaceError(
      RPC.notFound,
      `virtual server '${options.serverId}' not found`,
      undefined,
      {
        httpStatus: 404,
      },
    )
  }
  const { tools, resources, prompts, toolsByName, promptsByName, listings } = backendMembers(
    catalog,
    server,
    viewer,
  )
  const { plugins } = options
  // Listings are fixed for this backend (one per catalog snapshot): each page is built once.
  const paginate = createPager()
  const caller: CallInfo = {
    serverId: options.serverId,
    principalEmail: options.principalEmail ?? (viewer.all ? null : viewer.email),
  }

  const sessionGateways = new WeakMap<UpstreamSession, string>()
  const forward = createForwarder({
    gatewayOf: (session) => sessionGateways.get(session),
    passthroughOf: (gatewayId) => catalog.gateways.get(gatewayId)?.passthroughHeaders,
    ...(options.inflight && { inflight: options.inflight }),
    ...(options.inputBridge && { inputBridge: options.inputBridge }),
    ...(options.logLevels && { logLevels: options.logLevels }),
  })
  async function upstream(gatewayId: string | null, what: string): Promise<UpstreamSession> {
    const gateway = gatewayId === null ? undefined : catalog.gateways.get(gatewayId)
    if (!gateway) throw new McpFaceError(RPC.internal, `${what} has no reachable upstream`)
    try {
      const session = await pool.session(gateway, options.user)
      sessionGateways.set(session, gateway.id)
      return session
    } catch (error) {
      throw asFaceError(error)
    }
  }

  async function callTool(
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const name = stringParam(params, 'name', 'tools/call')
    const member = toolsByName.get(name)
    if (!member) throw new McpFaceError(RPC.invalidParams, `unknown tool '${name}'`)
    options.access?.('tools.execute', member.entity)
    const args = params?.arguments ?? {}
    const problems = argumentProblems(member.entity.inputSchema, args)
    // A tool execution error, not a protocol error (SEP-1303): the model reads it and corrects itself.
    if (problems) return errorResult(`invalid arguments for tool '${name}': ${problems.join('; ')}`)
    const tool = member.entity
    if (tool.rateLimit && options.limiter)
      await spendToken(options.limiter, limitKeys.tool(tool.id), tool.rateLimit, `tool '${name}'`)
    const run = plugins
      ? () =>
          plugins
            .toolCall(
              { name, arguments: args as Record<string, unknown> },
              {
                ...caller,
                tool: { id: tool.id, name, annotations: tool.annotations },
                forwarded: forwardedDigest(tool, catalog, context.httpHeaders),
              },
              (p) =>
                invokeTool(name, tool, { ...params, arguments: p.arguments }, p.arguments, context),
            )
            .catch(rethrow)
      : () => invokeTool(name, tool, params, args, context)
    return tool.maxConcurrency !== null && options.concurrency
      ? withinCap(options.concurrency, tool.id, tool.maxConcurrency, `tool '${name}'`, run)
      : run()
  }

  async function invokeTool(
    name: string,
    tool: CatalogTool,
    params: Params,
    args: unknown,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    if (tool.integrationType !== 'MCP') {
      const invoke = options.invokers?.[tool.integrationType]
      if (invoke === undefined) {
        throw new McpFaceError(
          RPC.internal,
          `tool '${name}' is a ${tool.integrationType} tool, and no ${tool.integrationType} invoker is configured`,
        )
      }
      return invoke(tool, args as Record<string, unknown>, context).catch(rethrow)
    }
    const session = await upstream(tool.gatewayId, `tool '${name}'`)
    const sent = { ...params, name: tool.originalName }
    const result = await forward(session, 'tools/call', sent, context, {
      inputSchema: tool.inputSchema,
      ...(tool.timeoutMs !== null && { timeoutMs: tool.timeoutMs }),
    })
    return checkedToolResult(name, result)
  }

  function readResource(params: Params, context: RequestContext): Promise<Record<string, unknown>> {
    const uri = stringParam(params, 'uri', 'resources/read')
    if (!plugins) return readContent(params, context)
    return plugins
      .resourceRead({ uri }, caller, (p) => readContent({ ...params, uri: p.uri }, context))
      .catch(rethrow)
  }

  async function readContent(
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const uri = typeof params?.uri === 'string' ? params.uri : ''
    const resource = resourceAt(uri, context)
    if (resource.gatewayId === null) {
      const content =
        resource.blob !== null ? { blob: resource.blob } : { text: resource.text ?? '' }
      return {
        contents: [{ uri, ...(resource.mimeType && { mimeType: resource.mimeType }), ...content }],
      }
    }
    const session = await upstream(resource.gatewayId, `resource '${uri}'`)
    return forward(session, 'resources/read', params ?? {}, context)
  }

  /**
   * The visible resource a URI names, or the visible upstream template it comes from (by the
   * template's prefix); invalid params for a URI with dot segments that names no resource.
   */
  function resourceOf(uri: string): CatalogResource | undefined {
    const local = resources.find((m) => m.entity.uri === uri)?.entity
    if (local) return local
    // A template's prefix says nothing about where `..` leads: such URIs are not routed by prefix.
    if (hasDotSegments(uri)) {
      throw new McpFaceError(
        RPC.invalidParams,
        `resource URI '${uri}' has '.' or '..' path segments, which are not followed`,
        { uri },
      )
    }
    return resources.find(
      (m) =>
        m.entity.gatewayId !== null &&
        m.entity.uriTemplate &&
        uri.startsWith(m.entity.uriTemplate.split('{')[0] ?? '\0'),
    )?.entity
  }

  /** resourceOf's resource once the caller may read it; else the era's not-found error. */
  function resourceAt(uri: string, context: RequestContext): CatalogResource {
    const resource = resourceOf(uri)
    if (!resource) {
      // 2026-07-28 (SEP-2164) answers an unknown resource with -32602; earlier revisions with -32002.
      const code = context.era === 'modern' ? RPC.invalidParams : RPC.notFound
      throw new McpFaceError(code, `resource '${uri}' not found`, { uri })
    }
    options.access?.('resources.read', resource)
    return resource
  }

  function getPrompt(params: Params, context: RequestContext): Promise<Record<string, unknown>> {
    const name = stringParam(params, 'name', 'prompts/get')
    checkPromptArguments(params)
    const member = promptsByName.get(name)
    if (!member) throw new McpFaceError(RPC.invalidParams, `unknown prompt '${name}'`)
    options.access?.('prompts.execute', member.entity)
    if (!plugins) return renderPrompt(member, params, context)
    const values = (params?.arguments ?? {}) as Record<string, unknown>
    return plugins
      .promptRender({ name, arguments: values }, caller, (p) =>
        renderPrompt(member, { ...params, arguments: p.arguments }, context),
      )
      .catch(rethrow)
  }

  async function renderPrompt(
    member: CatalogMember<CatalogPrompt>,
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const { name, entity: prompt } = member
    const values = (params?.arguments ?? {}) as Record<string, unknown>
    if (prompt.gatewayId !== null) {
      const session = await upstream(prompt.gatewayId, `prompt '${name}'`)
      return forward(session, 'prompts/get', { ...params, name: prompt.originalName }, context)
    }
    const missing = prompt.arguments
      .filter((a) => a.required && values[a.name] === undefined)
      .map((a) => a.name)
    if (missing.length > 0)
      throw new McpFaceError(RPC.invalidParams, `missing prompt arguments: ${missing.join(', ')}`)
    try {
      const text = renderTemplate(prompt.template, values)
      return {
        ...(member.description !== null && { description: member.description }),
        messages: [{ role: 'user', content: { type: 'text', text } }],
      }
    } catch (error) {
      throw asFaceError(error)
    }
  }

  async function complete(
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const ref = completionRef(params)
    // The gateway offers completions for every member; an upstream without them suggests nothing.
    const none = { completion: { values: [], hasMore: false } }
    if (ref.type === 'ref/prompt') {
      const prompt = promptsByName.get(ref.name)?.entity
      if (!prompt) throw new McpFaceError(RPC.invalidParams, `unknown prompt '${ref.name}'`)
      options.access?.('prompts.execute', prompt)
      if (prompt.gatewayId === null) return none
      const session = await upstream(prompt.gatewayId, `prompt '${prompt.name}'`)
      if (session.capabilities.completions === undefined) return none
      const upstreamRef = { ...(params?.ref as object), name: prompt.originalName }
      return forward(session, 'completion/complete', { ...params, ref: upstreamRef }, context)
    }
    const template = resources.find((m) => m.entity.uriTemplate === ref.uri)?.entity
    if (template) options.access?.('resources.read', template)
    if (!template?.gatewayId) return none
    const session = await upstream(template.gatewayId, `resource template '${ref.uri}'`)
    if (session.capabilities.completions === undefined) return none
    return forward(session, 'completion/complete', params ?? {}, context)
  }

  const gatewaysInScope = () => [
    ...new Set(
      [...tools, ...resources, ...prompts]
        .map((m) => m.entity.gatewayId)
        .filter((id) => id !== null),
    ),
  ]

  return {
    serverInfo: options.serverInfo,
    capabilities: {
      tools: { listChanged: true },
      resources: { subscribe: true, listChanged: true },
      prompts: { listChanged: true },
      completions: {},
      logging: {},
    },
    ...(server?.instructions && { instructions: server.instructions }),
    async handle(method, params, context) {
      if (server?.rateLimit && options.limiter) {
        const what = `virtual server '${server.name}'`
        await spendToken(options.limiter, limitKeys.server(server.id), server.rateLimit, what)
      }
      switch (method) {
        case 'tools/list':
          return paginate('tools', listings.tools, params?.cursor)
        case 'tools/call':
          return callTool(params, context)
        case 'resources/list':
          return paginate('resources', listings.resources, params?.cursor)
        case 'resources/templates/list':
          return paginate('resourceTemplates', listings.resourceTemplates, params?.cursor)
        case 'resources/read':
          return readResource(params, context)
        case 'resources/subscribe':
        case 'resources/unsubscribe': {
          const uri = typeof params?.uri === 'string' ? params.uri : ''
          // Watching a resource's changes is reading it: the same refusals.
          const resource =
            method === 'resources/subscribe' ? resourceAt(uri, context) : resourceOf(uri)
          // Federation watches every listed resource of an upstream already; a URI a template
          // gives is (un)subscribed at the template's upstream, if it is a 2025-era one (a
          // 2026-era upstream has no resources/subscribe).
          if (resource?.gatewayId && resource.uri === null) {
            const session = await upstream(resource.gatewayId, `resource '${uri}'`)
            if (session.era.era === 'legacy') await forward(session, method, params ?? {}, context)
          }
          return {}
        }
        case 'prompts/list':
          return paginate('prompts', listings.prompts, params?.cursor)
        case 'prompts/get':
          return getPrompt(params, context)
        case 'completion/complete':
          return complete(params, context)
        case 'logging/setLevel': {
          if (!isLogLevel(params?.level)) {
            const message = `invalid log level '${String(params?.level)}': one of ${LOG_LEVELS.join(', ')}`
            throw new McpFaceError(RPC.invalidParams, message)
          }
          const level = options.logLevels?.set(context.sessionId, params.level) ?? params.level
          await Promise.all(
            gatewaysInScope().map(async (id) =>
              forward(await upstream(id, 'logging'), method, { ...params, level }, context).catch(
                () => ({}),
              ),
            ),
          )
          return {}
        }
        default:
          throw new McpFaceError(RPC.methodNotFound, `method '${method}' not found`)
      }
    },
  }
}
