import type { ServerMemberRow } from '../store/database.js'

/** A member as one virtual server exposes it: its name and description there. */
export interface ResolvedMember<T> {
  name: string
  description: string | null
  entity: T
}

/** The exposed name of a tool or prompt under a server's naming strategy. */
export function defaultMemberName(
  strategy: string,
  entity: { name: string; originalName?: string },
): string {
  return strategy === 'original' && entity.originalName ? entity.originalName : entity.name
}

/** A server's members of one kind, in order, with renames and description overrides applied. */
export function resolveMembers<
  T extends { name: string; originalName?: string; description: string | null },
>(
  members: readonly ServerMemberRow[],
  kind: string,
  pool: ReadonlyMap<string, T>,
  strategy: string,
): ResolvedMember<T>[] {
  return [...members]
    .filter((m) => m.kind === kind)
    .sort((a, b) => a.position - b.position)
    .flatMap((m) => {
      const entity = pool.get(m.member_id)
      if (!entity) return []
      const name = m.custom_name ?? defaultMemberName(strategy, entity)
      return [{ name, description: m.custom_description ?? entity.description, entity }]
    })
}
