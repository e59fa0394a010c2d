/** Picks sessions by their owner (see a face's `sessionOwner`). */
export type OwnerFilter = (owner: string) => boolean

/** What a session is opened under: the key it is grouped by, and who opened it. */
export interface SessionScope {
  readonly key: string
  readonly owner: string
}

/** Whether a request of `owner` under `key` may use the session. */
export function serves(session: SessionScope, key: string, owner: string): boolean {
  return session.key === key && session.owner === owner
}

/** Whether a broadcast to `key`, for the owners `to` picks, reaches the session. */
export function reaches(session: SessionScope, key: string, to: OwnerFilter | undefined): boolean {
  return session.key === key && (to === undefined || to(session.owner))
}
