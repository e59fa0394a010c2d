import type { z } from 'zod'

type RawIssue = z.core.$ZodRawIssue

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  array: 'an array',
  tuple: 'an array',
  set: 'an array',
  null: 'null',
  date: 'a date',
}

const FORMATS: Record<string, string> = {
  email: 'an e-mail address',
  url: 'an absolute URL',
  uuid: 'a UUID',
  guid: 'a GUID',
  datetime: 'a date and time such as 2030-01-31T12:00:00Z',
  date: 'a date such as 2030-01-31',
  time: 'a time such as 12:00:00',
  duration: 'an ISO 8601 duration such as P1D',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  cidrv4: 'an IPv4 range such as 10.0.0.0/8',
  cidrv6: 'an IPv6 range such as fd00::/8',
  base64: 'base64 text',
  base64url: 'base64url text',
  jwt: 'a JWT',
  hostname: 'a host name',
  e164: 'a phone number in E.164 form',
}

/** What a JSON value is, in words: "a string", "an array", "null". */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** A value as a message shows it: strings quoted and cut short, objects not at all. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string')
    return `'${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value)
  return undefined
}

/** "a, b or c" */
function oneOf(values: readonly unknown[]): string {
  const words = values.map((value) => shown(value) ?? String(value))
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/** "must be one of 'a' or 'b', not 'c'", or when nothing was given "is required: one of 'a' or 'b'" */
function choice(values: readonly unknown[], input: unknown): string {
  const allowed = values.length === 1 ? oneOf(values) : `one of ${oneOf(values)}`
  if (input === undefined) return `is required: ${allowed}`
  return `must be ${allowed}, not ${shown(input) ?? kindOf(input)}`
}

function plural(count: number | bigint, unit: string): string {
  return `${count} ${unit}${count === 1 || count === 1n ? '' : 's'}`
}

const SIZED: Record<string, string> = {
  string: 'character',
  array: 'item',
  set: 'item',
  file: 'byte',
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const unit = SIZED[issue.origin]
  if (unit === undefined)
    return issue.inclusive === false
      ? `must be less than ${issue.maximum}`
      : `must be at most ${issue.maximum}`
  const limit = issue.inclusive === false ? BigInt(issue.maximum) - 1n : issue.maximum
  const verb = issue.origin === 'string' ? 'be' : 'have'
  return `must ${verb} ${issue.exact ? 'exactly' : 'at most'} ${plural(limit, unit)}`
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const unit = SIZED[issue.origin]
  if (unit === undefined)
    return issue.inclusive === false
      ? `must be greater than ${issue.minimum}`
      : `must be at least ${issue.minimum}`
  const limit = issue.inclusive === false ? BigInt(issue.minimum) + 1n : issue.minimum
  if (!issue.exact && (limit === 1 || limit === 1n)) return 'must not be empty'
  const verb = issue.origin === 'string' ? 'be' : 'have'
  return `must ${verb} ${issue.exact ? 'exactly' : 'at least'} ${plural(limit, unit)}`
}

function invalidType(expected: string, input: unknown): string {
  if (input === undefined) return 'is required'
  if (expected === 'int' && typeof input === 'number' && !Number.isNaN(input))
    return 'must be a whole number'
  const wanted = `must be ${EXPECTED[expected] ?? expected}`
  // a query parameter coerced to a number that is none
  return Number.isNaN(input) ? wanted : `${wanted}, not ${kindOf(input)}`
}

function invalidFormat(issue: z.core.$ZodIssueInvalidStringFormat & Record<string, unknown>) {
  switch (issue.format) {
    case 'starts_with':
      return `must start with ${shown(issue.prefix)}`
    case 'ends_with':
      return `must end with ${shown(issue.suffix)}`
    case 'includes':
      return `must contain ${shown(issue.includes)}`
    case 'regex':
      return `is not in the expected form (it must match ${issue.pattern})`
    default:
      return `must be ${FORMATS[issue.format] ?? `a valid ${issue.format}`}`
  }
}

function invalidUnion(issue: RawIssue & { code: 'invalid_union' }): string {
  if (issue.inclusive === false) return 'matches more than one of the forms it may take'
  if (issue.discriminator !== undefined && Array.isArray(issue.options)) {
    const input = issue.input as Record<string, unknown> | undefined
    return choice(issue.options, input?.[issue.discriminator])
  }
  if (issue.input === undefined) return 'is required'
  const branches = issue.errors
  const expected = branches.map((branch) => {
    const [only] = branch
    return branch.length === 1 && only?.code === 'invalid_type' && only.path.length === 0
      ? only.expected
      : undefined
  })
  if (expected.every((name) => name !== undefined))
    return `must be ${[...new Set(expected)].map((name) => EXPECTED[name] ?? name).join(' or ')}, not ${kindOf(issue.input)}`
  const nearest = branches[expected.findIndex((name) => name === undefined)]?.[0]
  return nearest === undefined
    ? 'matches none of the forms it may take'
    : [...nearest.path.map(String), nearest.message].join(': ')
}

/**
 * A zod error map that says what is wrong in plain words, by issue code ("must be at most 255
 * characters", "must be one of 'a' or 'b', not 'c'", "is required"); messages a schema sets itself
 * are kept. Pass it as `{ error: issueMessage }` when parsing input from users.
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue as z.core.$ZodIssueTooBig)
    case 'too_small':
      return tooSmall(issue as z.core.$ZodIssueTooSmall)
    case 'invalid_type':
      return invalidType(issue.expected, issue.input)
    case 'invalid_value':
      return choice(issue.values, issue.input)
    case 'invalid_format':
      return invalidFormat(issue as z.core.$ZodIssueInvalidStringFormat & Record<string, unknown>)
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} it does not know: ${issue.keys.join(', ')}`
    case 'invalid_key':
      return issue.issues.map((inner) => inner.message).join('; ') || 'is not a valid key'
    case 'invalid_element':
      return `has an invalid item: ${issue.issues.map((inner) => inner.message).join('; ')}`
    case 'invalid_union':
      return invalidUnion(issue)
    default:
      return 'is not valid'
  }
}
