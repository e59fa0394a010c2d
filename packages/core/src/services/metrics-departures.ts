import type { Kysely } from 'kysely'
import type { Change } from '../events/change-bus.js'
import type { Database } from '../store/database.js'
import type { DialectSql } from '../store/dialect.js'
import { invokedUpstream } from './invoked-upstream.js'
import { recordResets, resetChange } from './metrics-history-service.js'
import {
  exposedToolNames,
  figureNamesOf,
  type FigureNames,
  type FigureOwners,
} from './metrics-subjects.js'

/**
 * Runs a write that may end entities (a delete, or a rename: figures are kept by the name calls
 * use, so a renamed tool or upstream starts anew under its new name), and in its transaction
 * forgets the kept figures of every name of `owners` (see figureNamesOf) that no entity goes by
 * once it is done: a later entity of the same name starts at zero. `trx` must be a transaction.
 * Returns the write's result and the `metrics` changes to announce once it committed, which make
 * every replica drop its live figures of those names too (see recordResets).
 */
export async function forgettingDeparted<T>(
  trx: Kysely<Database>,
  dialect: DialectSql,
  owners: FigureOwners,
  write: () => Promise<T>,
): Promise<{ result: T; changes: Change[] }> {
  const names = await figureNamesOf(trx, owners)
  const result = await write()
  if (Object.values(names).every((list) => list.length === 0)) return { result, changes: [] }
  const resets = await recordResets(trx, dialect, departed(names, await liveAmong(trx, names)))
  return { result, changes: resets.map(resetChange) }
}

/** Which of `names` an entity goes by (see MetricsSubjects), reading only the rows that may. */
async function liveAmong(db: Kysely<Database>, names: FigureNames): Promise<FigureNames> {
  const { tools, servers, upstreams } = names
  const live: FigureNames = { tools: [], servers: [], upstreams: [] }
  if (tools.length > 0) {
    live.tools.push(
      ...(await db.selectFrom('tools').select('name').where('name', 'in', tools).execute()).map(
        (row) => row.name,
      ),
    )
    live.tools.push(...(await exposedToolNames(db, { names: tools })))
  }
  if (servers.length > 0)
    live.servers.push(
      ...(await db.selectFrom('servers').select('id').where('id', 'in', servers).execute()).map(
        (row) => row.id,
      ),
    )
  if (upstreams.length > 0) {
    live.upstreams.push(
      ...(
        await db.selectFrom('gateways').select('name').where('name', 'in', upstreams).execute()
      ).map((row) => row.name),
    )
    const invoked = await db
      .selectFrom('tools')
      .select(['name', 'integration_type', 'url'])
      .where('integration_type', '!=', 'MCP')
      .execute()
    live.upstreams.push(...invoked.map((tool) => invokedUpstream(tool.integration_type, tool)))
  }
  return live
}

/** The scopes of the names no entity goes by anymore. */
function departed(names: FigureNames, live: FigureNames): { list: string; name: string }[] {
  return (['tools', 'servers', 'upstreams'] as const).flatMap((list) => {
    const going = new Set(live[list])
    return names[list].filter((name) => !going.has(name)).map((name) => ({ list, name }))
  })
}
