import type { Visibility } from '../schemas/common.js'
import type { GatewayTransport } from '../schemas/gateway.js'
import type { IntegrationType } from '../schemas/tool.js'
import type { ServiceContext } from '../services/context.js'
import { gatewayAuth, gatewayEnv } from '../services/gateway-service.js'
import { toolAuth } from '../services/tool-service.js'
import { fromJson } from '../store/json.js'
import type {
  Catalog,
  CatalogGateway,
  CatalogMember,
  CatalogPrompt,
  CatalogResource,
  CatalogServer,
  CatalogTool,
} from './catalog.js'

function ownership(row: { owner: string | null; team: string | null; visibility: string }) {
  return { owner: row.owner, team: row.team, visibility: row.visibility as Visibility }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  Object.freeze(value)
  const children = value instanceof Map ? value.values() : Object.values(value)
  for (const child of children) deepFreeze(child)
  return value
}

/** Reads every enabled entity from the store and builds a frozen snapshot. */
export async function buildCatalog(context: ServiceContext, version: number): Promise<Catalog> {
  const { db } = context.store
  const [gatewayRows, toolRows, resourceRows, promptRows, serverRows, memberRows] = await Promise.all([
    db.selectFrom('gateways').selectAll().where('enabled', '=', 1).execute(),
    db.selectFrom('tools').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
    db.selectFrom('resources').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
    db.selectFrom('prompts').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
    db.selectFrom('servers').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
    db.selectFrom('server_members').selectAll().orderBy('position').execute(),
  ])

  const gateways = new Map<string, CatalogGateway>(
    gatewayRows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        slug: row.slug,
        url: row.url,
        transport: row.transport as GatewayTransport,
        command: row.command,
        args: fromJson(row.args, []),
        env: gatewayEnv(row, context),
        cwd: row.cwd,
        auth: gatewayAuth(row, context),
        passthroughHeaders: fromJson(row.passthrough_headers, []),
        status: row.status,
        ...ownership(row),
      },
    ]),
  )
  const live = (row: { gateway_id: string | null }) => row.gateway_id === null || gateways.has(row.gateway_id)

  const tools = new Map<string, CatalogTool>(
    toolRows.filter(live).map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        originalName: row.original_name,
        description: row.description,
        integrationType: row.integration_type as IntegrationType,
        requestType: row.request_type,
        url: row.url,
        gatewayId: row.gateway_id,
        headers: fromJson(row.headers, {}),
        auth: toolAuth(row, context),
        inputSchema: fromJson(row.input_schema, { type: 'object', properties: {} }),
        outputSchema: fromJson(row.output_schema, null),
        annotations: fromJson(row.annotations, {}),
        integrationConfig: fromJson(row.integration_config, {}),
        timeoutMs: row.timeout_ms,
        rateLimit: fromJson(row.rate_limit, null),
        tags: fromJson(row.tags, []),
        ...ownership(row),
      },
    ]),
  )
  const resources = new Map<string, CatalogResource>(
    resourceRows.filter(live).map((row) => [
      row.id,
      {
        id: row.id,
        uri: row.uri,
        uriTemplate: row.uri_template,
        name: row.name,
        description: row.description,
        mimeType: row.mime_type,
        size: row.size,
        text: row.text,
        blob: row.blob,
        gatewayId: row.gateway_id,
        tags: fromJson(row.tags, []),
        ...ownership(row),
      },
    ]),
  )
  const prompts = new Map<string, CatalogPrompt>(
    promptRows.filter(live).map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        originalName: row.original_name,
        description: row.description,
        template: row.template,
        arguments: fromJson(row.arguments, []),
        gatewayId: row.gateway_id,
        tags: fromJson(row.tags, []),
        ...ownership(row),
      },
    ]),
  )

  const servers = new Map<string, CatalogServer>()
  for (const row of serverRows) {
    const strategy = row.name_strategy
    const members = memberRows.filter((m) => m.server_id === row.id)
    const resolve = <T extends { name: string; description: string | null }>(
      kind: string,
      pool: ReadonlyMap<string, T>,
      defaultName: (entity: T) => string,
    ): CatalogMember<T>[] =>
      members.flatMap((m) => {
        const entity = m.kind === kind ? pool.get(m.member_id) : undefined
        if (!entity) return []
        return [{ name: m.custom_name ?? defaultName(entity), description: m.custom_description ?? entity.description, entity }]
      })
    const serverTools = resolve('tool', tools, (t) => (strategy === 'original' ? t.originalName : t.name))
    const serverPrompts = resolve('prompt', prompts, (p) => (strategy === 'original' ? p.originalName : p.name))
    servers.set(row.id, {
      id: row.id,
      name: row.name,
      description: row.description,
      instructions: row.instructions,
      icons: fromJson(row.icons, []),
      rateLimit: fromJson(row.rate_limit, null),
      tools: serverTools,
      toolsByName: new Map(serverTools.map((m) => [m.name, m])),
      resources: resolve('resource', resources, (r) => r.name),
      prompts: serverPrompts,
      promptsByName: new Map(serverPrompts.map((m) => [m.name, m])),
      a2aAgents: fromJson(row.a2a_agents, []),
      ...ownership(row),
    })
  }

  return deepFreeze({
    version,
    builtAt: new Date().toISOString(),
    gateways,
    tools,
    toolsByName: new Map([...tools.values()].map((t) => [t.name, t])),
    resources,
    resourcesByUri: new Map([...resources.values()].flatMap((r) => (r.uri ? [[r.uri, r] as const] : []))),
    prompts,
    promptsByName: new Map([...prompts.values()].map((p) => [p.name, p])),
    servers,
  })
}
