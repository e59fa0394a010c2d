import { GatewayError, versionConflict } from '@switchyard/core'
import type { Context } from 'hono'

/** An entity version as an ETag: `"3"`. */
export function versionTag(version: number): string {
  return `"${version}"`
}

/**
 * The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); undefined without one or for `*`.
 * Anything else is a 400, so a malformed precondition never turns into a silent overwrite.
 */
export function ifMatchVersion(header: string | undefined): number | undefined {
  const value = header?.trim()
  if (value === undefined || value === '' || value === '*') return undefined
  const match = /^(?:W\/)?"?([1-9][0-9]{0,9})"?$/.exec(value)
  if (!match?.[1])
    throw new GatewayError(
      'BAD_REQUEST',
      `If-Match must name one entity version such as "3" (the ETag of a GET), got '${value.slice(0, 40)}'`,
    )
  return Number(match[1])
}

/** The update body carrying the version `If-Match` names (the header wins over a body `version`). */
export function expecting<B extends object>(c: Context, body: B): B {
  const version = ifMatchVersion(c.req.header('if-match'))
  return version === undefined ? body : { ...body, version }
}

/**
 * For a write without a body (a delete, a state change): 409 VERSION_CONFLICT when `If-Match`
 * names another version than the entity's, as just read.
 */
export function assertMatches(
  c: Context,
  kind: string,
  entity: { version: number },
  key: string,
): void {
  const expected = ifMatchVersion(c.req.header('if-match'))
  if (expected !== undefined && expected !== entity.version)
    throw versionConflict(kind, key, expected)
}

/** Sends an entity with its version as the ETag. */
export async function tagged<T extends { version: number }>(
  c: Context,
  entity: Promise<T>,
): Promise<T> {
  const resolved = await entity
  c.header('ETag', versionTag(resolved.version))
  return resolved
}
