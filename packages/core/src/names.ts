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
