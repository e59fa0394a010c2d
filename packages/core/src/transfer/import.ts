import type { z } from 'zod'
import { conflict, GatewayError } from '../errors.js'
import type { Services } from '../registry.js'
import type { GatewayAuth, UpstreamAuth } from '../schemas/common.js'
import { importOAuth, type OAuthTransfer } from './oauth-transfer.js'
import { GatewayCreateSchema, type GatewayCreate } from '../schemas/gateway.js'
import { PromptCreateSchema } from '../schemas/prompt.js'
import { ResourceCreateSchema } from '../schemas/resource.js'
import { RootCreateSchema } from '../schemas/root.js'
import { ServerCreateSchema, type MemberRef } from '../schemas/server.js'
import { TeamCreateSchema, type TeamCreate } from '../schemas/team.js'
import { ToolCreateSchema, ToolUpdateSchema } from '../schemas/tool.js'
import type { Actor, ServiceContext } from '../services/context.js'
import type { PasswordHasher } from '../services/user-service.js'
import { validated } from '../services/validated.js'
import { inRegistryTransaction } from '../services/registry-transaction.js'
import { grpcToolId, importGrpcServices } from './import-grpc.js'
import {
  EXPORT_KINDS,
  ExportDocumentSchema,
  type ExportDocument,
  type ExportKind,
} from './document.js'

/** What to do when an imported entity's name (or URI) is already taken. */
export type ConflictStrategy = 'skip' | 'update' | 'rename' | 'fail'

/** How to import. */
export interface ImportOptions {
  conflict: ConflictStrategy
  /** Check and count everything, then roll back. */
  dryRun?: boolean
  /** Opens secrets sealed by the source gateway; default: this gateway's own key. */
  openSealed?: (sealed: string) => string
  actor: Actor
  /** Throws when the importer may not write this gateway as given (the routes' further permissions). */
  guardGateway?: (gateway: GatewayCreate) => void
}

type Counts = Record<ExportKind, number>

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  dryRun: boolean
  created: Counts
  updated: Counts
  skipped: Counts
  renamed: { kind: ExportKind; from: string; to: string }[]
}

const zero = (): Counts => ({
  teams: 0,
  gateways: 0,
  grpcServices: 0,
  tools: 0,
  resources: 0,
  prompts: 0,
  servers: 0,
  roots: 0,
})

class DryRunRollback extends Error {}

/** Imports an export document all-or-nothing: every entity is written, or none is. */
export async function importRegistry(
  context: ServiceContext,
  passwords: PasswordHasher,
  input: unknown,
  options: ImportOptions,
): Promise<ImportReport> {
  const document = validated(ExportDocumentSchema, input)
  const report: ImportReport = {
    dryRun: options.dryRun ?? false,
    created: zero(),
    updated: zero(),
    skipped: zero(),
    renamed: [],
  }
  const openSealed = options.openSealed ?? ((sealed: string) => context.sealer.open(sealed))
  try {
    await inRegistryTransaction(context, passwords, async (services, scoped) => {
      await writeAll(services, scoped, document, options, report, openSealed)
      if (report.dryRun) throw new DryRunRollback()
    })
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
  }
  return report
}

function opener(openSealed: (sealed: string) => string) {
  return <T>(sealed: string | null, path: string): T | undefined => {
    if (sealed === null) return undefined
    try {
      return JSON.parse(openSealed(sealed)) as T
    } catch {
      const message =
        "cannot be opened with this gateway's AUTH_ENCRYPTION_SECRET; give the source gateway's secret"
      throw new GatewayError('VALIDATION_FAILED', `${path} ${message}`, {
        issues: [{ path, message }],
      })
    }
  }
}

async function writeAll(
  services: Services,
  context: ServiceContext,
  document: ExportDocument,
  options: ImportOptions,
  report: ImportReport,
  openSealed: (sealed: string) => string,
): Promise<void> {
  const db = context.store.db
  const open = opener(openSealed)
  const { entities: given } = document
  const existing = {
    teams: new Map(
      (await db.selectFrom('teams').select(['id', 'slug']).execute()).map((r) => [r.slug, r.id]),
    ),
    gateways: new Map(
      (await db.selectFrom('gateways').select(['id', 'name']).execute()).map((r) => [r.name, r.id]),
    ),
    grpcServices: new Map(
      (await db.selectFrom('grpc_services').select(['id', 'name']).execute()).map((r) => [
        r.name,
        r.id,
      ]),
    ),
    tools: new Map(
      (await db.selectFrom('tools').select(['id', 'name']).execute()).map((r) => [r.name, r.id]),
    ),
    resources: new Map(
      (await db.selectFrom('resources').select(['id', 'uri', 'uri_template']).execute()).map(
        (r) => [r.uri ?? r.uri_template ?? '', r.id],
      ),
    ),
    prompts: new Map(
      (await db.selectFrom('prompts').select(['id', 'name']).execute()).map((r) => [r.name, r.id]),
    ),
    servers: new Map(
      (await db.selectFrom('servers').select(['id', 'name']).execute()).map((r) => [r.name, r.id]),
    ),
    roots: new Map(
      (await db.selectFrom('roots').select(['id', 'uri']).execute()).map((r) => [r.uri, r.id]),
    ),
  }
  type Entities = ExportDocument['entities']
  const keyOf = {
    teams: (e: Entities['teams'][number]) => e.slug,
    gateways: (e: Entities['gateways'][number]) => e.name,
    grpcServices: (e: Entities['grpcServices'][number]) => e.name,
    tools: (e: Entities['tools'][number]) => e.name,
    resources: (e: Entities['resources'][number]) => e.uri ?? e.uriTemplate ?? '',
    prompts: (e: Entities['prompts'][number]) => e.name,
    servers: (e: Entities['servers'][number]) => e.name,
    roots: (e: Entities['roots'][number]) => e.uri,
  }

  if (options.conflict === 'fail') {
    const clashes = EXPORT_KINDS.flatMap((kind) =>
      (given[kind] as { name?: string }[]).flatMap((entity) => {
        const key = (keyOf[kind] as (e: unknown) => string)(entity)
        return existing[kind].has(key) ? [`${kind}: ${key}`] : []
      }),
    )
    if (clashes.length > 0) {
      throw new GatewayError(
        'CONFLICT',
        `import would overwrite existing entities: ${clashes.join(', ')}`,
      )
    }
  }

  /** Decides what happens to one entity: its id to update, a new name, or skip. */
  function plan(
    kind: ExportKind,
    key: string,
    renamable: boolean,
  ): { action: 'create' | 'update' | 'skip'; id?: string; key: string } {
    const id = existing[kind].get(key)
    if (id === undefined) return { action: 'create', key }
    if (options.conflict === 'update') return { action: 'update', id, key }
    if (options.conflict === 'rename' && renamable) {
      let n = 2
      while (existing[kind].has(`${key}-${n}`)) n += 1
      report.renamed.push({ kind, from: key, to: `${key}-${n}` })
      return { action: 'create', key: `${key}-${n}` }
    }
    if (options.conflict === 'fail') throw conflict(kind, 'name', key)
    return { action: 'skip', id, key }
  }

  // A team made here is owned by the importer, when the importer is a user (a CLI import may not be).
  const importer = options.actor.email
  const isUser =
    importer !== null &&
    (await db.selectFrom('users').select('email').where('email', '=', importer).executeTakeFirst())
  const teams = {
    create: (fields: TeamCreate) =>
      services.teams.create(fields, isUser ? options.actor : { email: null }),
    update: (id: string, fields: TeamCreate) => services.teams.update(id, fields),
  }
  const teamIds = new Map<string, string>()
  for (const [index, t] of given.teams.entries()) {
    const step = plan('teams', t.slug, true)
    const fields = validated(
      TeamCreateSchema,
      { name: t.name, slug: step.key, description: t.description },
      `entities.teams.${index}`,
    )
    const id = await apply('teams', index, step, teams, fields, true)
    if (id) teamIds.set(t.id, id)
  }
  const entities = inTeams(given, teamIds)

  const gatewayIds = new Map<string, string>()
  for (const [index, g] of entities.gateways.entries()) {
    const step = plan('gateways', g.name, true)
    const fields = validated(
      GatewayCreateSchema,
      {
        name: step.key,
        description: g.description,
        url: open<string>(g.urlSealed, `entities.gateways.${index}.urlSealed`) ?? g.url,
        transport: g.transport,
        command: g.command,
        args: g.args,
        env:
          open<Record<string, string>>(g.envSealed, `entities.gateways.${index}.envSealed`) ?? {},
        cwd: g.cwd,
        auth: open<GatewayAuth>(g.authSealed, `entities.gateways.${index}.authSealed`) ?? {
          type: 'none' as const,
        },
        passthroughHeaders: g.passthroughHeaders,
        tags: g.tags,
        visibility: g.visibility,
        team: g.team,
      },
      `entities.gateways.${index}`,
    )
    if (step.action !== 'skip') options.guardGateway?.(fields)
    const id = await apply('gateways', index, step, services.gateways, fields, g.enabled)
    if (id) gatewayIds.set(g.name, id)
    const oauth = open<OAuthTransfer>(g.oauthSealed, `entities.gateways.${index}.oauthSealed`)
    if (id && oauth && step.action !== 'skip') await importOAuth(services, id, oauth)
  }

  const gatewayId = (name: string | null, path: string): string | null => {
    if (name === null) return null
    const id = gatewayIds.get(name) ?? existing.gateways.get(name)
    if (!id)
      throw new GatewayError(
        'VALIDATION_FAILED',
        `${path} names gateway '${name}', which is neither imported nor present`,
      )
    return id
  }

  const grpcIds = await importGrpcServices(entities, {
    services,
    actor: options.actor,
    plan: (key) => plan('grpcServices', key, true),
    open,
    count: (action) => (report[action].grpcServices += 1),
  })

  const toolIds = new Map<string, string>()
  for (const [index, t] of entities.tools.entries()) {
    if (t.grpcServiceName !== null) {
      // The service wrote its methods' tools; keep the exported name and switches.
      if (!grpcIds.has(t.grpcServiceName) && existing.grpcServices.has(t.grpcServiceName)) continue
      const id = await grpcToolId(services, grpcIds, t, `entities.tools.${index}`)
      const kept = { name: t.name, tags: t.tags, timeoutMs: t.timeoutMs }
      await services.tools.update(id, validated(ToolUpdateSchema, kept, `entities.tools.${index}`))
      if (!t.enabled) await services.tools.setEnabled(id, false)
      toolIds.set(t.name, id)
      continue
    }
    const owner = gatewayId(t.gatewayName, `entities.tools.${index}.gatewayName`)
    const step = plan('tools', t.name, true)
    const fields = checkedUnlessSynced(
      owner,
      ToolCreateSchema,
      {
        name: owner ? t.originalName : step.key,
        displayName: t.displayName,
        description: t.description,
        integrationType: t.integrationType,
        ...(t.requestType && { requestType: t.requestType }),
        url: open<string>(t.urlSealed, `entities.tools.${index}.urlSealed`) ?? t.url,
        gatewayId: owner,
        headers: t.headers,
        auth: open<UpstreamAuth>(t.authSealed, `entities.tools.${index}.authSealed`) ?? {
          type: 'none' as const,
        },
        inputSchema: t.inputSchema,
        outputSchema: t.outputSchema,
        annotations: t.annotations,
        integrationConfig: t.integrationConfig,
        timeoutMs: t.timeoutMs,
        rateLimit: t.rateLimit,
        maxConcurrency: t.maxConcurrency,
        tags: t.tags,
        visibility: t.visibility,
        team: t.team,
      },
      `entities.tools.${index}`,
    )
    const id = await apply('tools', index, step, services.tools, fields, t.enabled)
    if (!id) continue
    // A gateway's tool gets its prefixed name on create; keep the exported (possibly custom) one.
    if (owner && (await services.tools.get(id)).name !== step.key)
      await services.tools.update(id, { name: step.key })
    toolIds.set(t.name, id)
  }

  const resourceIds = new Map<string, string>()
  for (const [index, r] of entities.resources.entries()) {
    const step = plan('resources', keyOf.resources(r), false)
    const owner = gatewayId(r.gatewayName, `entities.resources.${index}.gatewayName`)
    const fields = checkedUnlessSynced(
      owner,
      ResourceCreateSchema,
      {
        uri: r.uri,
        uriTemplate: r.uriTemplate,
        name: r.name,
        title: r.title,
        description: r.description,
        mimeType: r.mimeType,
        content: r.text,
        blob: r.blob,
        gatewayId: owner,
        tags: r.tags,
        visibility: r.visibility,
        team: r.team,
      },
      `entities.resources.${index}`,
    )
    const id = await apply('resources', index, step, services.resources, fields, r.enabled)
    if (id) resourceIds.set(step.key, id)
  }

  const promptIds = new Map<string, string>()
  for (const [index, p] of entities.prompts.entries()) {
    const owner = gatewayId(p.gatewayName, `entities.prompts.${index}.gatewayName`)
    const step = plan('prompts', p.name, true)
    const fields = checkedUnlessSynced(
      owner,
      PromptCreateSchema,
      {
        name: owner ? p.originalName : step.key,
        title: p.title,
        description: p.description,
        template: p.template,
        arguments: p.arguments,
        gatewayId: owner,
        tags: p.tags,
        visibility: p.visibility,
        team: p.team,
      },
      `entities.prompts.${index}`,
    )
    const id = await apply('prompts', index, step, services.prompts, fields, p.enabled)
    if (id) promptIds.set(p.name, id)
    // A prompt made here keeps its history; one updated adds a version to its own.
    if (id && step.action === 'create') await services.prompts.restoreRevisions(id, p.revisions)
  }

  for (const [index, s] of entities.servers.entries()) {
    const step = plan('servers', s.name, true)
    const resolve = (
      kind: 'tools' | 'resources' | 'prompts',
      made: Map<string, string>,
    ): MemberRef[] =>
      s[kind].map((member, i) => {
        const id = made.get(member.ref) ?? existing[kind].get(member.ref)
        if (!id) {
          throw new GatewayError(
            'VALIDATION_FAILED',
            `entities.servers.${index}.${kind}.${i} names '${member.ref}', which is neither imported nor present`,
          )
        }
        return { id, name: member.name, description: member.description }
      })
    const fields = validated(
      ServerCreateSchema,
      {
        name: step.key,
        description: s.description,
        instructions: s.instructions,
        icon: s.icon,
        icons: s.icons,
        nameStrategy: s.nameStrategy,
        rateLimit: s.rateLimit,
        oauth: s.oauth,
        associatedA2aAgents: s.a2aAgents,
        associatedTools: resolve('tools', toolIds),
        associatedResources: resolve('resources', resourceIds),
        associatedPrompts: resolve('prompts', promptIds),
        tags: s.tags,
        visibility: s.visibility,
        team: s.team,
      },
      `entities.servers.${index}`,
    )
    await apply('servers', index, step, services.servers, fields, s.enabled)
  }

  for (const [index, root] of entities.roots.entries()) {
    const step = plan('roots', root.uri, false)
    const fields = validated(RootCreateSchema, root, `entities.roots.${index}`)
    await apply('roots', index, step, services.roots, fields, true)
  }

  /**
   * Creates, updates or skips one entity; returns its id unless skipped. A field the service
   * refuses is named under the entity (`entities.tools.3.team`).
   */
  async function apply<F>(
    kind: ExportKind,
    index: number,
    step: { action: 'create' | 'update' | 'skip'; id?: string },
    service: {
      create(fields: F, actor: Actor): Promise<{ id: string }>
      update(id: string, fields: F, actor: Actor): Promise<unknown>
      setEnabled?(id: string, enabled: boolean): Promise<unknown>
    },
    fields: F,
    enabled: boolean,
  ): Promise<string | undefined> {
    if (step.action === 'skip') {
      report.skipped[kind] += 1
      return step.id
    }
    let id: string
    try {
      if (step.action === 'update' && step.id) {
        await service.update(step.id, fields, options.actor)
        id = step.id
        report.updated[kind] += 1
      } else {
        id = (await service.create(fields, options.actor)).id
        report.created[kind] += 1
      }
    } catch (error) {
      throw located(error, `entities.${kind}.${index}`)
    }
    if (!enabled && service.setEnabled) await service.setEnabled(id, false)
    return id
  }
}

/** The entities with each exported team id replaced by the id of the team it was imported as. */
function inTeams(
  entities: ExportDocument['entities'],
  teamIds: ReadonlyMap<string, string>,
): ExportDocument['entities'] {
  const moved = <E extends { team: string | null }>(list: E[]): E[] =>
    list.map((e) => (e.team === null ? e : { ...e, team: teamIds.get(e.team) ?? e.team }))
  return {
    ...entities,
    gateways: moved(entities.gateways),
    grpcServices: moved(entities.grpcServices),
    tools: moved(entities.tools),
    resources: moved(entities.resources),
    prompts: moved(entities.prompts),
    servers: moved(entities.servers),
  }
}

/** A 422 whose field issues are moved under `at`; any other error as it is. */
function located(error: unknown, at: string): unknown {
  if (!(error instanceof GatewayError) || error.code !== 'VALIDATION_FAILED') return error
  if (error.issues.length === 0) return error
  const issues = error.issues.map((issue) => ({ ...issue, path: `${at}.${issue.path}` }))
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
  return new GatewayError('VALIDATION_FAILED', `invalid input: ${summary}`, { issues })
}

/**
 * A new entity's fields as the API would check them, but for a gateway's member: its fields are
 * its upstream's, not input (sync takes any description or schema an upstream gives, and its next
 * sync rewrites them), so they are written as exported.
 */
function checkedUnlessSynced<S extends z.ZodType>(
  owner: string | null | undefined,
  schema: S,
  fields: z.input<S>,
  at: string,
): z.output<S> {
  return owner ? (fields as z.output<S>) : validated(schema, fields, at)
}
