import {
  isUpstreamError,
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
import { errorMappings, isGatewayError } from '../errors.js'
import type { UpstreamPool } from '../federation/upstream-pool.js'
import { renderTemplate } from '../prompts/render.js'
import type { Viewer } from '../services/context.js'
import { canView } from '../services/list-query.js'
import { argumentProblems } from './argument-validator.js'
import { paginate } from './paginate.js'
import type { InflightRequests } from './inflight.js'

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
  serverInfo: { name: string; version: string }
  /** Routes an upstream's unattributed notifications (logs) to the request in flight. */
  inflight?: InflightRequests
}

type Params = Record<string, unknown> | undefined
type Members<T> = readonly CatalogMember<T>[]
const all = <T extends { name: string; description: string | null }>(
  items: Iterable<T>,
): CatalogMember<T>[] =>
  [...items].map((entity) => ({ name: entity.name, description: entity.description, entity }))

function toolEntry({
  name,
  description,
  entity,
}: CatalogMember<CatalogTool>): Record<string, unknown> {
  return {
    name,
    ...(entity.displayName && { title: entity.displayName }),
    ...(description !== null && { description }),
    inputSchema: entity.inputSchema,
    ...(entity.outputSchema && { outputSchema: entity.outputSchema }),
    ...(Object.keys(entity.annotations).length > 0 && { annotations: entity.annotations }),
  }
}

function resourceEntry({
  name,
  description,
  entity,
}: CatalogMember<CatalogResource>): Record<string, unknown> {
  return {
    ...(entity.uri ? { uri: entity.uri } : { uriTemplate: entity.uriTemplate }),
    name,
    ...(description !== null && { description }),
    ...(entity.mimeType && { mimeType: entity.mimeType }),
    ...(entity.size !== null && entity.uri && { size: entity.size }),
  }
}

function promptEntry({
  name,
  description,
  entity,
}: CatalogMember<CatalogPrompt>): Record<string, unknown> {
  return {
    name,
    ...(description !== null && { description }),
    arguments: entity.arguments.map((a) => ({
      name: a.name,
      ...(a.description !== null && { description: a.description }),
      required: a.required,
    })),
  }
}

/** The per-request `_meta` key of the client's capabilities in the 2026-07-28 era. */
const CLIENT_CAPABILITIES_META_KEY = 'io.modelcontextprotocol/clientCapabilities'

/**
 * A client request's params as the upstream gets them: with the answers and state of a multi
 * round-trip retry, and, for a 2026-era upstream (capabilities travel per request), what the
 * client behind the gateway can be asked for (so that the upstream's input_required results ask
 * only for that).
 */
function upstreamParams(
  session: UpstreamSession,
  params: Record<string, unknown>,
  context: RequestContext,
): Record<string, unknown> {
  const sent = { ...params }
  if (context.inputResponses !== undefined) sent.inputResponses = context.inputResponses
  if (context.requestState !== undefined) sent.requestState = context.requestState
  if (session.era.era === 'modern') {
    sent._meta = { [CLIENT_CAPABILITIES_META_KEY]: context.clientCapabilities ?? {} }
  }
  return sent
}

/** The 2026-era result `_meta` key naming the server that answered. */
const SERVER_INFO_META_KEY = 'io.modelcontextprotocol/serverInfo'

/** An upstream's result without the upstream's own name in `_meta`: the client talks to the gateway. */
function withoutUpstreamIdentity(result: Record<string, unknown>): Record<string, unknown> {
  const meta = result._meta
  if (meta === null || typeof meta !== 'object' || !(SERVER_INFO_META_KEY in meta)) return result
  const { [SERVER_INFO_META_KEY]: _upstream, ...rest } = meta as Record<string, unknown>
  const { _meta, ...payload } = result
  return Object.keys(rest).length > 0 ? { ...payload, _meta: rest } : payload
}

/** A failure as the MCP client should see it: upstream JSON-RPC errors pass through unchanged. */
function asFaceError(error: unknown): unknown {
  if (isGatewayError(error)) return new McpFaceError(error.mapping.jsonRpc, error.message)
  if (!isUpstreamError(error)) return error
  if (error.code === 'REMOTE')
    return new McpFaceError(error.rpcCode ?? RPC.internal, error.message, error.data)
  const code = error.code === 'TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_ERROR'
  return new McpFaceError(errorMappings[code].jsonRpc, error.message)
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
  const visible = <T extends { owner: string | null; team: string | null; visibility: string }>(
    m: CatalogMember<T>,
  ) => canView(viewer, m.entity)
  const tools: Members<CatalogTool> = (server?.tools ?? all(catalog.toolsByName.values())).filter(
    visible,
  )
  const resources: Members<CatalogResource> = (
    server?.resources ?? all(catalog.resources.values())
  ).filter(visible)
  const prompts: Members<CatalogPrompt> = (
    server?.prompts ?? all(catalog.promptsByName.values())
  ).filter(visible)
  const toolsByName = new Map(tools.map((m) => [m.name, m]))
  // Listings are built once per backend (one per catalog snapshot), not per request.
  const listings = {
    tools: tools.map(toolEntry),
    resources: resources.filter((m) => m.entity.uri).map(resourceEntry),
    resourceTemplates: resources.filter((m) => m.entity.uriTemplate).map(resourceEntry),
    prompts: prompts.map(promptEntry),
  }
  const promptsByName = new Map(prompts.map((m) => [m.name, m]))

  const sessionGateways = new WeakMap<UpstreamSession, string>()
  async function upstream(gatewayId: string | null, what: string): Promise<UpstreamSession> {
    const gateway = gatewayId === null ? undefined : catalog.gateways.get(gatewayId)
    if (!gateway) throw new McpFaceError(RPC.internal, `${what} has no reachable upstream`)
    try {
      const session = await pool.session(gateway)
      sessionGateways.set(session, gateway.id)
      return session
    } catch (error) {
      throw asFaceError(error)
    }
  }

  /**
   * Sends a request upstream with the client's cancellation, progress and multi round-trip input
   * wired through; an upstream's input_required result comes back as it is, for the face to ask.
   */
  async function forward(
    session: UpstreamSession,
    method: string,
    params: Record<string, unknown>,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const gatewayId = sessionGateways.get(session)
    const end =
      gatewayId && options.inflight
        ? options.inflight.begin(
            gatewayId,
            (m, p) => void context.sendNotification(m, p),
            (m, p, signal) => context.sendRequest(m, p, { signal }),
          )
        : undefined
    try {
      const result = await session.request(method, upstreamParams(session, params, context), {
        signal: context.signal,
        onProgress: (p) => void context.sendProgress(p.progress, p.total, p.message),
        onLog: (p) => void context.sendNotification('notifications/message', p),
      })
      return withoutUpstreamIdentity(result)
    } catch (error) {
      throw asFaceError(error)
    } finally {
      end?.()
    }
  }

  async function callTool(
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const name = typeof params?.name === 'string' ? params.name : ''
    const member = toolsByName.get(name)
    if (!member) throw new McpFaceError(RPC.invalidParams, `unknown tool '${name}'`)
    const args = params?.arguments ?? {}
    const problems = argumentProblems(member.entity.inputSchema, args)
    if (problems) {
      throw new McpFaceError(
        RPC.invalidParams,
        `invalid arguments for tool '${name}': ${problems.join('; ')}`,
        {
          problems,
        },
      )
    }
    const tool = member.entity
    if (tool.integrationType !== 'MCP') {
      throw new McpFaceError(
        RPC.internal,
        `tool '${name}' is a ${tool.integrationType} tool; this gateway calls MCP tools only so far`,
      )
    }
    const session = await upstream(tool.gatewayId, `tool '${name}'`)
    return forward(session, 'tools/call', { ...params, name: tool.originalName }, context)
  }

  async function readResource(
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const uri = typeof params?.uri === 'string' ? params.uri : ''
    const local = resources.find((m) => m.entity.uri === uri)?.entity
    if (local && local.gatewayId === null) {
      const content = local.blob !== null ? { blob: local.blob } : { text: local.text ?? '' }
      return {
        contents: [{ uri, ...(local.mimeType && { mimeType: local.mimeType }), ...content }],
      }
    }
    // A concrete resource names its upstream; a URI from a template goes to the upstream whose template prefix matches.
    const owner =
      local?.gatewayId ??
      resources.find(
        (m) => m.entity.uriTemplate && uri.startsWith(m.entity.uriTemplate.split('{')[0] ?? '\0'),
      )?.entity.gatewayId
    if (!owner) {
      // 2026-07-28 (SEP-2164) answers an unknown resource with -32602; earlier revisions with -32002.
      const code = context.era === 'modern' ? RPC.invalidParams : RPC.notFound
      throw new McpFaceError(code, `resource '${uri}' not found`, { uri })
    }
    const session = await upstream(owner, `resource '${uri}'`)
    return forward(session, 'resources/read', params ?? {}, context)
  }

  async function getPrompt(
    params: Params,
    context: RequestContext,
  ): Promise<Record<string, unknown>> {
    const name = typeof params?.name === 'string' ? params.name : ''
    const member = promptsByName.get(name)
    if (!member) throw new McpFaceError(RPC.invalidParams, `unknown prompt '${name}'`)
    const prompt = member.entity
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
    const ref = (params?.ref ?? {}) as Record<string, unknown>
    if (ref.type === 'ref/prompt') {
      const prompt = promptsByName.get(String(ref.name))?.entity
      if (!prompt) throw new McpFaceError(RPC.invalidParams, `unknown prompt '${String(ref.name)}'`)
      if (prompt.gatewayId === null) return { completion: { values: [], hasMore: false } }
      const session = await upstream(prompt.gatewayId, `prompt '${prompt.name}'`)
      return forward(
        session,
        'completion/complete',
        { ...params, ref: { ...ref, name: prompt.originalName } },
        context,
      )
    }
    const template = resources.find((m) => m.entity.uriTemplate === ref.uri)?.entity
    if (!template?.gatewayId) return { completion: { values: [], hasMore: false } }
    const session = await upstream(template.gatewayId, `resource template '${String(ref.uri)}'`)
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
          const owner = resources.find((m) => m.entity.uri === uri)?.entity.gatewayId
          if (owner) {
            const session = await upstream(owner, `resource '${uri}'`)
            // A 2026-era upstream has no resources/(un)subscribe: its updates come on the session's listen stream.
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
        case 'logging/setLevel':
          await Promise.all(
            gatewaysInScope().map(async (id) =>
              forward(await upstream(id, 'logging'), method, params ?? {}, context).catch(
                () => ({}),
              ),
            ),
          )
          return {}
        default:
          throw new McpFaceError(RPC.methodNotFound, `method '${method}' not found`)
      }
    },
  }
}
