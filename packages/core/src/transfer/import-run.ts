import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { conflict, GatewayError } from '../errors.js'
import type { Services } from '../registry.js'
import type { GatewayCreate } from '../schemas/gateway.js'
import {
  pickMcpExtras,
  type FederatedFields,
  type McpExtras,
  type McpExtrasKind,
} from '../schemas/member-extras.js'
import type { Actor } from '../services/context.js'
import { validated } from '../services/validated.js'
import type { Database } from '../store/database.js'
import { EXPORT_KINDS, type ExportDocument, type ExportKind } from './document.js'

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
  /** Throws when the importer may not change who holds which role or team (called before such a write). */
  guardAccess?: () => void
}

type Counts = Record<ExportKind, number>

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  dryRun: boolean
  created: Counts
  updated: Counts
  skipped: Counts
  renamed: { kind: ExportKind; from: string; to: string }[]
  /**
   * Entries left out, each with why: a team member or role assignment for a user not on this
   * gateway, or one the document repeats.
   */
  warnings: { at: string; message: string }[]
}

/** A report that counts nothing yet. */
export function emptyReport(dryRun: boolean): ImportReport {
  const zero = () => Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, 0])) as Counts
  return { dryRun, created: zero(), updated: zero(), skipped: zero(), renamed: [], warnings: [] }
}

/** What happens to one entity: created (under `key`), updated (`id`) or skipped. */
export type Step = { action: 'create' | 'update' | 'skip'; id?: string; key: string }

type Entities = ExportDocument['entities']

/** Kinds matched by a key of their own (memberships and assignments are matched by what they join). */
export type KeyedKind = Exclude<ExportKind, 'teamMembers' | 'roleAssignments'>

/** The key an entity is matched by on the target: its name, slug or URI. */
export const keyOf = {
  teams: (e: Entities['teams'][number]) => e.slug,
  roles: (e: Entities['roles'][number]) => e.name,
  gateways: (e: Entities['gateways'][number]) => e.name,
  grpcServices: (e: Entities['grpcServices'][number]) => e.name,
  a2aAgents: (e: Entities['a2aAgents'][number]) => e.name,
  tools: (e: Entities['tools'][number]) => e.name,
  resources: (e: Entities['resources'][number]) => e.uri ?? e.uriTemplate ?? '',
  prompts: (e: Entities['prompts'][number]) => e.name,
  servers: (e: Entities['servers'][number]) => e.name,
  roots: (e: Entities['roots'][number]) => e.uri,
}

/** A service an entity is written through. */
export interface EntityWriter<F> {
  create(fields: F, actor: Actor): Promise<{ id: string }>
  update(id: string, fields: F, actor: Actor): Promise<unknown>
  setEnabled?(id: string, enabled: boolean): Promise<unknown>
}

/** One import under way: what the target holds, how conflicts go, and what was done. */
export interface ImportRun {
  services: Services
  db: Kysely<Database>
  options: ImportOptions
  report: ImportReport
  /** The target's ids by kind and key, as they were before the import. */
  existing: Record<KeyedKind, Map<string, string>>
  /** Opens a sealed value; a 422 naming `path` when this gateway cannot. */
  open: <T>(sealed: string | null, path: string) => T | undefined
  /** Decides what happens to one entity: its id to update, a new name, or skip. */
  plan(kind: KeyedKind, key: string, renamable: boolean): Step
  /**
   * Creates, updates or skips one entity; returns its id unless skipped. A field the service
   * refuses is named under the entity (`entities.tools.3.team`).
   */
  apply<F>(
    kind: ExportKind,
    index: number,
    step: Step,
    service: EntityWriter<F>,
    fields: F,
    enabled: boolean,
  ): Promise<string | undefined>
}

/** Reads what the target holds and, for the `fail` strategy, refuses any clash up front. */
export async function startImportRun(
  services: Services,
  db: Kysely<Database>,
  document: ExportDocument,
  options: ImportOptions,
  report: ImportReport,
  openSealed: (sealed: string) => string,
): Promise<ImportRun> {
  const byKey = async <R>(rows: Promise<R[]>, key: (row: R) => string, id: (row: R) => string) =>
    new Map((await rows).map((row) => [key(row), id(row)]))
  const named = (
    table: 'gateways' | 'grpc_services' | 'a2a_agents' | 'tools' | 'prompts' | 'servers',
  ) =>
    byKey(
      db.selectFrom(table).select(['id', 'name']).execute(),
      (r) => r.name,
      (r) => r.id,
    )
  const existing = {
    teams: await byKey(
      db.selectFrom('teams').select(['id', 'slug']).execute(),
      (r) => r.slug,
      (r) => r.id,
    ),
    roles: await byKey(
      db.selectFrom('roles').select('name').execute(),
      (r) => r.name,
      (r) => r.name,
    ),
    gateways: await named('gateways'),
    grpcServices: await named('grpc_services'),
    a2aAgents: await named('a2a_agents'),
    tools: await named('tools'),
    resources: await byKey(
      db.selectFrom('resources').select(['id', 'uri', 'uri_template']).execute(),
      (r) => r.uri ?? r.uri_template ?? '',
      (r) => r.id,
    ),
    prompts: await named('prompts'),
    servers: await named('servers'),
    roots: await byKey(
      db.selectFrom('roots').select(['id', 'uri']).execute(),
      (r) => r.uri,
      (r) => r.id,
    ),
  }

  if (options.conflict === 'fail') {
    const keyed = EXPORT_KINDS.filter((kind): kind is KeyedKind => kind in keyOf)
    const clashes = keyed.flatMap((kind) =>
      (document.entities[kind] as unknown[]).flatMap((entity) => {
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

  return {
    services,
    db,
    options,
    report,
    existing,
    open: opener(openSealed),
    plan(kind, key, renamable) {
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
    },
    async apply(kind, index, step, service, fields, enabled) {
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
    },
  }
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

/** A 422 whose field issues are moved under `at`; any other error as it is. */
export function located(error: unknown, at: string): unknown {
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
export function checkedUnlessSynced<S extends z.ZodType>(
  owner: string | null | undefined,
  schema: S,
  fields: z.input<S>,
  at: string,
): z.output<S> {
  return owner ? (fields as z.output<S>) : validated(schema, fields, at)
}

/** A member's fields with the MCP extras it was exported with, if an upstream owns it (allow-listed). */
export function synced<F>(
  fields: F,
  owner: string | null | undefined,
  extras: McpExtras | null,
  kind: McpExtrasKind,
): F & FederatedFields {
  return { ...fields, mcpExtras: owner && extras ? pickMcpExtras(extras, kind) : null }
}
