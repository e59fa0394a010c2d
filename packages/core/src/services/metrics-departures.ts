import type { Kysely } from 'kysely'
import type { Change } from '../events/change-bus.js'
import type { Database } from '../store/database.js'
import type { DialectSql } from '../store/dialect.js'
import { invokedUpstream } from './invoked-upstream.js'
import { recordResets, resetChange } from './metrics-history-service.js'
import {
  figureNamesOf,
  readSubjects,
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
  const resets = await recordResets(trx, dialect, departed(names, await readSubjects(trx)))
  return { result, changes: resets.map(resetChange) }
}

/** The scopes of the names no entity goes by anymore. */
function departed(
  names: FigureNames,
  subjects: Awaited<ReturnType<typeof readSubjects>>,
): { list: string; name: string }[] {
  const live = {
    tools: new Set(subjects.toolNames),
    servers: new Set(subjects.serverIds),
    upstreams: new Set([
      ...subjects.gatewayNames,
      ...subjects.invokedTools.map((tool) => invokedUpstream(tool.integrationType, tool)),
    ]),
  }
  return (['tools', 'servers', 'upstreams'] as const).flatMap((list) =>
    names[list].filter((name) => !live[list].has(name)).map((name) => ({ list, name })),
  )
}
