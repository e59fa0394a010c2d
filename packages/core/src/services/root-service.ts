import { newId } from '../ids.js'
import type { Root, RootCreate, RootUpdate } from '../schemas/root.js'
import type { RootRow } from '../store/database.js'
import { nowIso, type ServiceContext } from './context.js'
import { found, guardUnique } from './write.js'

function toRoot(row: RootRow): Root {
  return {
    id: row.id,
    uri: row.uri,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Roots: the filesystem or URI boundaries offered to upstreams that ask for them. */
export function createRootService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<RootRow> {
    return found(
      await db.selectFrom('roots').selectAll().where('id', '=', id).executeTakeFirst(),
      'root',
      id,
    )
  }

  return {
    /** Every root, by URI. */
    async list(): Promise<Root[]> {
      return (await db.selectFrom('roots').selectAll().orderBy('uri').execute()).map(toRoot)
    },

    /** One root. */
    get: async (id: string) => toRoot(await getRow(id)),

    /** Adds a root; 409 when its URI is already one. */
    async create(input: RootCreate): Promise<Root> {
      const now = nowIso()
      const row: RootRow = {
        id: newId(),
        uri: input.uri,
        name: input.name ?? null,
        created_at: now,
        updated_at: now,
      }
      await guardUnique(dialect, { kind: 'root', field: 'uri', value: row.uri }, () =>
        db.insertInto('roots').values(row).execute(),
      )
      context.events.emit([{ entity: 'root', id: row.id, op: 'created' }])
      return toRoot(row)
    },

    /** Changes a root's URI or name. */
    async update(id: string, input: RootUpdate): Promise<Root> {
      const before = await getRow(id)
      const changes = {
        ...(input.uri !== undefined && { uri: input.uri }),
        ...(input.name !== undefined && { name: input.name }),
        updated_at: nowIso(),
      }
      await guardUnique(
        dialect,
        { kind: 'root', field: 'uri', value: input.uri ?? before.uri },
        () => db.updateTable('roots').set(changes).where('id', '=', id).execute(),
      )
      context.events.emit([{ entity: 'root', id, op: 'updated' }])
      return toRoot(await getRow(id))
    },

    /** Removes a root. */
    async remove(id: string): Promise<void> {
      await getRow(id)
      await db.deleteFrom('roots').where('id', '=', id).execute()
      context.events.emit([{ entity: 'root', id, op: 'deleted' }])
    },
  }
}

/** The root service's interface. */
export type RootService = ReturnType<typeof createRootService>
