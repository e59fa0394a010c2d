import { randomUUID } from 'node:crypto'

/** A new entity id: a UUID as 32 hex characters, the form ContextForge uses. */
export function newId(): string {
  return randomUUID().replaceAll('-', '')
}
