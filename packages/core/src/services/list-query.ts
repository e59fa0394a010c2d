import { z } from 'zod'
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import { GatewayError } from '../errors.js'
import { VisibilitySchema } from '../schemas/common.js'
import type { Database, ToolRow } from '../store/database.js'
import type { DialectSql } from '../store/dialect.js'
import type { Viewer } from './context.js'

const BOOLEAN_WORDS = new Map([
  ['true', true],
  ['1', true],
  ['yes', true],
  ['false', false],
  ['0', false],
  ['no', false],
])

/** A query-string boolean: true, 1 or yes and false, 0 or no (any case); any other word is a 422. */
export const BooleanParamSchema = z.preprocess(
  (value) =>
    typeof value === 'string' ? (BOOLEAN_WORDS.get(value.toLowerCase()) ?? value) : value,
  z.boolean({ error: 'must be true or false (or 1/0, yes/no)' }),
)

/** Query parameters every list endpoint takes. */
export const ListQuerySchema = z.object({
  cursor: z.string().max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  tags: z
    .string()
    .max(1024)
    .transform((value) =>
      value
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    )
    .optional(),
  team: z.string().max(255).optional(),
  visibility: VisibilitySchema.optional(),
  includeInactive: BooleanParamSchema.optional(),
  gatewayId: z.string().max(64).optional(),
  q: z
    .string()
    .max(200, { error: 'must be at most 200 characters' })
    .transform((value) => value.trim())
    .optional(),
})
export type ListQuery = z.infer<typeof ListQuerySchema>

/** One page of a list and the cursor of the next, if any. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** The default and largest page sizes. */
export const PAGE_SIZE = { default: 50, max: 1000 } as const

/** Tables whose rows carry tags, ownership and a name. */
export type OwnedTable =
  'gateways' | 'grpc_services' | 'tools' | 'resources' | 'prompts' | 'servers' | 'a2a_agents'

/** The text columns a list's `q` searches, per table. */
const SEARCHED: Record<OwnedTable, readonly ('name' | 'display_name' | 'description')[]> = {
  gateways: ['name', 'description'],
  grpc_services: ['name', 'description'],
  tools: ['name', 'display_name', 'description'],
  resources: ['name', 'description'],
  prompts: ['name', 'description'],
  servers: ['name', 'description'],
  a2a_agents: ['name', 'description'],
}

/** `text` as a LIKE pattern matching it anywhere, its wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** A keyset position: the sort key and the id of the last row of a page. */
export type Cursor = [key: string, id: string]

/** A cursor as the opaque text a page hands out. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

/** The cursor behind a page's text; 422 naming `cursor` when this server did not issue it. */
export function decodeCursor(text: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as Cursor
    }
  } catch {
    // falls through to the error below
  }
  throw new GatewayError('VALIDATION_FAILED', 'cursor is not one this server issued', {
    issues: [{ path: 'cursor', message: 'not a valid cursor' }],
  })
}

/** A query over any owned table, typed as the tools table (their shared columns). */
export type OwnedQuery = SelectQueryBuilder<Database, 'tools', ToolRow>

/** Applies visibility, filters and keyset pagination, then fetches one page of rows. */
export async function listOwnedRows<Row>(
  db: Kysely<Database>,
  dialect: DialectSql,
  table: OwnedTable,
  query: ListQuery,
  viewer: Viewer,
  narrow: (qb: OwnedQuery) => OwnedQuery = (qb) => qb,
): Promise<Page<Row>> {
  // All owned tables share these columns; one typed builder serves them all.
  let qb = narrow(db.selectFrom(table as 'tools').selectAll())
  if (!query.includeInactive) qb = qb.where('enabled', '=', 1)
  if (query.visibility) qb = qb.where('visibility', '=', query.visibility)
  if (query.team) qb = qb.where('team', '=', query.team)
  if (query.gatewayId && table !== 'gateways' && table !== 'servers' && table !== 'a2a_agents') {
    qb = qb.where('gateway_id', '=', query.gatewayId)
  }
  if (query.tags && query.tags.length > 0) {
    const tags = query.tags
    qb = qb.where((eb) => eb.or(tags.map((tag) => dialect.jsonArrayContains(eb.ref('tags'), tag))))
  }
  if (query.q) {
    // lower() + LIKE reads the same on both dialects (SQLite's lower() folds ASCII letters only).
    const pattern = containsPattern(query.q)
    const columns = SEARCHED[table]
    qb = qb.where((eb) =>
      eb.or(
        columns.map((column) => sql<boolean>`lower(${eb.ref(column)}) like ${pattern} escape '\\'`),
      ),
    )
  }
  if (!viewer.all) {
    const { email, teams } = viewer
    qb = qb.where((eb) =>
      eb.or([
        eb('visibility', '=', 'public'),
        eb('owner', '=', email),
        ...(teams.length > 0
          ? [eb.and([eb('visibility', '=', 'team'), eb('team', 'in', [...teams])])]
          : []),
      ]),
    )
  }
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor)
    qb = qb.where((eb) =>
      eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]),
    )
  }
  const limit = Math.min(query.limit ?? PAGE_SIZE.default, PAGE_SIZE.max)
  const rows = await qb
    .orderBy('name')
    .orderBy('id')
    .limit(limit + 1)
    .execute()
  const more = rows.length > limit
  const page = more ? rows.slice(0, limit) : rows
  const last = page.at(-1)
  return {
    items: page as unknown as Row[],
    nextCursor: more && last ? encodeCursor([last.name, last.id]) : null,
  }
}

/** True when the viewer may see an entity with these ownership fields. */
export function canView(
  viewer: Viewer,
  row: { owner: string | null; team: string | null; visibility: string },
): boolean {
  if (viewer.all || row.visibility === 'public' || row.owner === viewer.email) return true
  return row.visibility === 'team' && row.team !== null && viewer.teams.includes(row.team)
}
