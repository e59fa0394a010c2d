import { createHash } from 'node:crypto'
import { GatewayError } from './errors.js'

/** The MCP tool-name rules: 1 to 128 characters of A-Z a-z 0-9 _ - . */
export const TOOL_NAME_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/

/** Why a name breaks the MCP tool-name rules, or undefined when it is valid. */
export function toolNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty'
  if (name.length > 128) return `is ${name.length} characters long; at most 128 are allowed`
  const bad = [...name].find((ch) => !/[A-Za-z0-9_.-]/.test(ch))
  if (bad !== undefined)
    return `contains '${bad}'; only A-Z, a-z, 0-9, '_', '-' and '.' are allowed`
  return undefined
}

/** Throws a 422 naming the field when the name breaks the MCP tool-name rules. */
export function assertToolName(name: string, field = 'name'): void {
  const problem = toolNameProblem(name)
  if (problem !== undefined) {
    throw new GatewayError('VALIDATION_FAILED', `${field} ${problem}`, {
      issues: [{ path: field, message: problem }],
    })
  }
}

/**
 * A lower-case slug of letters, digits and single dashes (upstream names become prefixes). Letters
 * and digits outside a-z 0-9 (東京, Команда) cannot be kept, so a name that has them ends in a
 * short hash of itself: names that differ only there get different, stable slugs.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length > 0 && !/(?![a-z0-9])[\p{L}\p{N}]/u.test(folded)) return slug
  const hash = createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8)
  return slug.length > 0 ? `${slug}-${hash}` : hash
}

/** The federated name of an upstream member: `weather` + `get_forecast` -> `weather-get_forecast`. */
export function federatedName(
  gatewaySlug: string,
  originalName: string,
  separator: string,
): string {
  return `${gatewaySlug}${separator}${originalName}`
}

/** The longest tool name made for a gRPC method: many MCP clients refuse names over 64 characters. */
export const GRPC_TOOL_NAME_MAX = 64

/** Characters of the method's full name a shortened name keeps at least, however long the prefix. */
const MIN_KEPT = 16

/**
 * The tool name of a gRPC method (`shop.v1.Shop.GetProduct`) under its service's slug:
 * `shop-shop.v1.Shop.GetProduct`. One longer than 64 characters keeps the prefix (cut when it
 * leaves fewer than 16 characters) and the end of the method's name (the method, then as much of
 * the service as fits), and ends in `_` and 8 hex digits of a hash of the whole name: stable, and
 * different for every method.
 */
export function grpcToolName(slug: string, methodName: string, separator: string): string {
  const whole = `${slug}${separator}${methodName}`
  if (whole.length <= GRPC_TOOL_NAME_MAX) return whole
  const hash = createHash('sha256').update(whole).digest('hex').slice(0, 8)
  const room = GRPC_TOOL_NAME_MAX - hash.length - 1
  const prefix = `${slug}${separator}`.slice(0, room - MIN_KEPT)
  const kept = methodName.slice(-(room - prefix.length)).replace(/^[._-]+/, '')
  return `${prefix}${kept}_${hash}`
}
