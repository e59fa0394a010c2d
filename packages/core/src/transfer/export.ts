import { maskUrlPassword } from '../mask-url.js'
import type { ServiceContext } from '../services/context.js'
import { fromFlag, fromJson } from '../store/json.js'
import { exportOAuth } from './oauth-transfer.js'
import { EXPORT_FORMAT, EXPORT_KINDS, type ExportDocument, type ExportKind } from './document.js'

const owned = (row: {
  tags: unknown
  visibility: string
  team: string | null
  enabled: number
}) => ({
  tags: fromJson<string[]>(row.tags, []),
  visibility: row.visibility as 'public',
  team: row.team,
  enabled: fromFlag(row.enabled),
})

/**
 * Writes the registry (or the chosen kinds) as an export document; secrets stay sealed, and URLs
 * show their credentials masked (sealed whole beside them).
 */
export async function exportRegistry(
  context: ServiceContext,
  options: { kinds?: readonly ExportKind[]; exportedBy?: string | null } = {},
): Promise<ExportDocument> {
  const { db } = context.store
  const kinds = new Set(options.kinds ?? EXPORT_KINDS)
  const [
    teams,
    teamMembers,
    roles,
    roleAssignments,
    agents,
    gateways,
    grpcServices,
    tools,
    resources,
    prompts,
    revisions,
    servers,
    members,
    roots,
  ] = await Promise.all([
    db.selectFrom('teams').selectAll().orderBy('slug').execute(),
    db.selectFrom('team_members').selectAll().orderBy('team_id').orderBy('email').execute(),
    db.selectFrom('roles').selectAll().where('built_in', '=', 0).orderBy('name').execute(),
    db.selectFrom('role_assignments').selectAll().orderBy('email').orderBy('id').execute(),
    db.selectFrom('a2a_agents').selectAll().orderBy('name').execute(),
    db.selectFrom('gateways').selectAll().orderBy('name').execute(),
    db.selectFrom('grpc_services').selectAll().orderBy('name').execute(),
    db.selectFrom('tools').selectAll().orderBy('name').execute(),
    db.selectFrom('resources').selectAll().orderBy('name').execute(),
    db.selectFrom('prompts').selectAll().orderBy('name').execute(),
    db.selectFrom('prompt_revisions').selectAll().orderBy('version').execute(),
    db.selectFrom('servers').selectAll().orderBy('name').execute(),
    db.selectFrom('server_members').selectAll().orderBy('position').execute(),
    db.selectFrom('roots').selectAll().orderBy('uri').execute(),
  ])
  const oauthOf = await exportOAuth(context)
  /** A URL with its credentials masked, and sealed whole when it has any. */
  const urlOf = (url: string | null) => {
    const masked = url === null ? null : maskUrlPassword(url)
    const urlSealed = masked === url ? null : context.sealer.seal(JSON.stringify(url))
    return { url: masked, urlSealed }
  }
  const gatewayName = new Map(gateways.map((g) => [g.id, g.name]))
  const nameOf = (id: string | null) => (id === null ? null : (gatewayName.get(id) ?? null))
  const grpcName = new Map(grpcServices.map((g) => [g.id, g.name]))
  const refs = new Map<string, string>([
    ...tools.map((t) => [`tool:${t.id}`, t.name] as const),
    ...prompts.map((p) => [`prompt:${p.id}`, p.name] as const),
    ...resources.map((r) => [`resource:${r.id}`, r.uri ?? r.uri_template ?? ''] as const),
  ])
  const agentName = new Map(agents.map((a) => [a.id, a.name]))
  const agentTool = new Map(tools.flatMap((t) => (t.a2a_agent_id ? [[t.a2a_agent_id, t]] : [])))
  const membersOf = (serverId: string, kind: string) =>
    members
      .filter((m) => m.server_id === serverId && m.kind === kind)
      .map((m) => ({
        ref: refs.get(`${kind}:${m.member_id}`) ?? m.member_id,
        name: m.custom_name,
        description: m.custom_description,
      }))

  const entities: ExportDocument['entities'] = {
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      slug: t.slug,
      description: t.description,
    })),
    teamMembers: teamMembers.map((m) => ({ team: m.team_id, email: m.email, role: m.role })),
    roles: roles.map((r) => ({
      name: r.name,
      description: r.description,
      permissions: fromJson(r.permissions, []),
      scope: r.scope,
    })),
    roleAssignments: roleAssignments.map((a) => ({
      email: a.email,
      role: a.role,
      team: a.team_id,
    })),
    gateways: gateways.map((g) => ({
      name: g.name,
      description: g.description,
      ...urlOf(g.url),
      transport: g.transport as 'sse',
      command: g.command,
      args: fromJson(g.args, []),
      envSealed: g.env_sealed,
      cwd: g.cwd,
      authSealed: g.auth_sealed,
      oauthSealed: oauthOf(g.id),
      passthroughHeaders: fromJson(g.passthrough_headers, []),
      ...owned(g),
    })),
    grpcServices: grpcServices.map((g) => ({
      name: g.name,
      description: g.description,
      target: g.target,
      tlsSealed: g.tls_sealed,
      metadataSealed: g.metadata_sealed,
      passthroughHeaders: fromJson(g.passthrough_headers, []),
      timeoutMs: g.timeout_ms,
      services: fromJson(g.services, []),
      descriptorSet: g.descriptor_set,
      ...owned(g),
    })),
    a2aAgents: agents.map((a) => {
      const tool = agentTool.get(a.id)
      return {
        name: a.name,
        description: a.description,
        ...urlOf(a.url),
        endpointUrl: a.endpoint_url,
        protocolBinding: a.protocol_binding,
        protocolVersion: a.protocol_version,
        streaming: fromFlag(a.streaming),
        card: fromJson(a.card, {}),
        inputSchema: fromJson(tool?.input_schema, { type: 'object', properties: {} }),
        toolName: tool?.name ?? null,
        authSealed: a.auth_sealed,
        ...owned(a),
      }
    }),
    // An A2A agent's tool is made by importing the agent.
    tools: tools
      .filter((t) => t.a2a_agent_id === null)
      .map((t) => ({
        name: t.name,
        originalName: t.original_name,
        gatewayName: nameOf(t.gateway_id),
        grpcServiceName:
          t.grpc_service_id === null ? null : (grpcName.get(t.grpc_service_id) ?? null),
        displayName: t.display_name,
        description: t.description,
        integrationType: t.integration_type as 'REST',
        requestType: t.request_type,
        ...urlOf(t.url),
        headers: fromJson(t.headers, {}),
        authSealed: t.auth_sealed,
        inputSchema: fromJson(t.input_schema, {}),
        outputSchema: fromJson(t.output_schema, null),
        annotations: fromJson(t.annotations, {}),
        integrationConfig: fromJson(t.integration_config, {}),
        timeoutMs: t.timeout_ms,
        rateLimit: fromJson(t.rate_limit, null),
        maxConcurrency: t.max_concurrency,
        mcpExtras: fromJson(t.mcp_extras, null),
        ...owned(t),
      })),
    resources: resources.map((r) => ({
      uri: r.uri,
      uriTemplate: r.uri_template,
      name: r.name,
      title: r.title,
      description: r.description,
      mimeType: r.mime_type,
      text: r.text,
      blob: r.blob,
      gatewayName: nameOf(r.gateway_id),
      mcpExtras: fromJson(r.mcp_extras, null),
      ...owned(r),
    })),
    prompts: prompts.map((p) => ({
      name: p.name,
      originalName: p.original_name,
      gatewayName: nameOf(p.gateway_id),
      title: p.title,
      description: p.description,
      template: p.template,
      arguments: fromJson(p.arguments, []),
      revisions: revisions
        .filter((r) => r.prompt_id === p.id)
        .map((r) => ({
          version: r.version,
          name: r.name,
          ...(fromFlag(r.title_recorded) && { title: r.title }),
          description: r.description,
          template: r.template,
          arguments: fromJson(r.arguments, []),
          createdAt: r.created_at,
          createdBy: r.created_by,
        })),
      mcpExtras: fromJson(p.mcp_extras, null),
      ...owned(p),
    })),
    servers: servers.map((s) => ({
      name: s.name,
      description: s.description,
      instructions: s.instructions,
      icon: s.icon,
      icons: fromJson(s.icons, []),
      nameStrategy: s.name_strategy as 'prefixed',
      rateLimit: fromJson(s.rate_limit, null),
      oauth: fromJson(s.oauth, null),
      a2aAgents: fromJson<string[]>(s.a2a_agents, []).map((key) => agentName.get(key) ?? key),
      tools: membersOf(s.id, 'tool'),
      resources: membersOf(s.id, 'resource'),
      prompts: membersOf(s.id, 'prompt'),
      ...owned(s),
    })),
    roots: roots.map((r) => ({ uri: r.uri, name: r.name })),
  }
  for (const kind of EXPORT_KINDS) if (!kinds.has(kind)) entities[kind] = []
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    exportedBy: options.exportedBy ?? null,
    entities,
  }
}
