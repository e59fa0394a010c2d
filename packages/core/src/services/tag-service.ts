import type { Kysely } from 'kysely'
import { z } from 'zod'
import { notFound } from '../errors.js'
import type { EntityKind } from '../events/change-bus.js'
import { TagSchema } from '../schemas/common.js'
import type { Database } from '../store/database.js'
import { fromJson, toJson } from '../store/json.js'
import { nextVersion } from './versioned.js'
import { nowIso, type ServiceContext, type Viewer } from './context.js'
import { inTransaction } from './transaction.js'
import { canView, type OwnedTable } from './list-query.js'
import { validated } from './validated.js'

const RenameSchema = z.object({ name: TagSchema })

const TAGGED: readonly [OwnedTable, EntityKind, keyof TagStats][] = [
  ['gateways', 'gateway', 'gateways'],
  ['tools', 'tool', 'tools'],
  ['resources', 'resource', 'resources'],
  ['prompts', 'prompt', 'prompts'],
  ['servers', 'server', 'servers'],
]

/** How many entities of each kind carry a tag. */
export interface TagStats {
  gateways: number
  tools: number
  resources: number
  prompts: number
  servers: number
  total: number
}

/** A tag with its usage. */
export interface TagInfo {
  name: string
  stats: TagStats
}

/** One entity that carries a tag. */
export interface TaggedEntity {
  kind: EntityKind
  id: string
  name: string
}

/** Tags are labels on gateways, tools, resources, prompts and servers; this service sees across them. */
export function createTagService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function taggedRows(tag?: string, from: Kysely<Database> = db) {
    const all = await Promise.all(
      TAGGED.map(async ([table, kind, statKey]) => {
        let qb = from
          .selectFrom(table as 'tools')
          .select(['id', 'name', 'tags', 'owner', 'team', 'visibility'])
        if (tag !== undefined) qb = qb.where((eb) => dialect.jsonArrayContains(eb.ref('tags'), tag))
        const rows = await qb.orderBy('name').execute()
        return rows.map((row) => ({
          ...row,
          table,
          kind,
          statKey,
          tags: fromJson<string[]>(row.tags, []),
        }))
      }),
    )
    return all.flat()
  }

  /**
   * Changes the tags of every entity carrying `tag`, moving each one's version on as any other
   * change does (but a prompt's, which numbers its revisions), so a write that read it before is
   * stale.
   */
  async function retag(tag: string, change: (tags: string[]) => string[]): Promise<number> {
    const rows = await inTransaction(db, async (trx) => {
      const rows = await taggedRows(tag, trx)
      for (const row of rows) {
        await trx
          .updateTable(row.table as 'tools')
          .set({
            tags: toJson([...new Set(change(row.tags))]),
            updated_at: nowIso(),
            ...(row.table !== 'prompts' && { version: nextVersion }),
          })
          .where('id', '=', row.id)
          .execute()
      }
      return rows
    })
    if (rows.length === 0) throw notFound('tag', tag)
    context.events.emit(
      rows.map((row) => ({ entity: row.kind, id: row.id, op: 'updated' as const })),
    )
    return rows.length
  }

  return {
    /** Every tag in use with counts per kind; `kinds` narrows which kinds count. */
    async list(viewer: Viewer, kinds?: readonly string[]): Promise<TagInfo[]> {
      const stats = new Map<string, TagStats>()
      for (const row of await taggedRows()) {
        if (kinds && !kinds.includes(row.statKey) && !kinds.includes(row.kind)) continue
        if (!canView(viewer, row)) continue
        for (const tag of row.tags) {
          const entry = stats.get(tag) ?? {
            gateways: 0,
            tools: 0,
            resources: 0,
            prompts: 0,
            servers: 0,
            total: 0,
          }
          entry[row.statKey] += 1
          entry.total += 1
          stats.set(tag, entry)
        }
      }
      return [...stats]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, s]) => ({ name, stats: s }))
    },

    /** The entities carrying a tag. */
    async entities(tag: string, viewer: Viewer): Promise<TaggedEntity[]> {
      const rows = (await taggedRows(tag.toLowerCase())).filter((row) => canView(viewer, row))
      if (rows.length === 0) throw notFound('tag', tag)
      return rows.map((row) => ({ kind: row.kind, id: row.id, name: row.name }))
    },

    /** Renames a tag everywhere in one transaction; returns how many entities changed. */
    async rename(tag: string, to: string): Promise<number> {
      const next = validated(RenameSchema, { name: to }).name
      const from = tag.toLowerCase()
      return retag(from, (tags) => tags.map((t) => (t === from ? next : t)))
    },

    /** Removes a tag from every entity in one transaction; returns how many entities changed. */
    async remove(tag: string): Promise<number> {
      const from = tag.toLowerCase()
      return retag(from, (tags) => tags.filter((t) => t !== from))
    },
  }
}

/** The tag service's interface. */
export type TagService = ReturnType<typeof createTagService>
