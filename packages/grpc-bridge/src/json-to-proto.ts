import protobuf from 'protobufjs'
import { GrpcBridgeError } from './errors.js'
import {
  hasOwnJson,
  jsonName,
  TIMESTAMP_SECONDS,
  typeName,
  valueKindsOf,
  WRAPPERS,
  type ValueKinds,
} from './json-names.js'
import { anyTarget } from './well-known-files.js'

type Plain = Record<string, unknown>

const bad = (path: string, message: string) =>
  new GrpcBridgeError('INVALID_ARGUMENTS', `${path}: ${message}`)
const isObject = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A message from its canonical JSON form (JSON or original field names), checked field by field:
 * an error names the path and what was expected.
 */
export function fromJson(type: protobuf.Type, json: unknown, path = 'arguments'): protobuf.Message {
  return type.fromObject(message(type, json, path) as Plain)
}

function message(type: protobuf.Type, json: unknown, path: string): unknown {
  const name = typeName(type)
  const known = wellKnown(type, name, json, path)
  if (known !== undefined) return known
  if (!isObject(json)) throw bad(path, `expected an object (${name})`)
  const out: Plain = {}
  const seenOneofs = new Map<string, string>()
  const seen = new Map<protobuf.Field, string>()
  for (const [key, value] of Object.entries(json)) {
    const field = type.fields[key] ?? type.fieldsArray.find((f) => jsonName(f) === key)
    if (!field) throw bad(`${path}.${key}`, `not a field of ${name}`)
    const twin = seen.get(field)
    if (twin !== undefined) throw bad(path, `${twin} and ${key} name the same field: give one`)
    seen.set(field, key)
    if (value === null && typeName(field.resolvedType ?? type) !== 'google.protobuf.Value') continue
    const oneof = field.partOf
    if (oneof && oneof.fieldsArray.length > 1) {
      const other = seenOneofs.get(oneof.name)
      if (other) throw bad(path, `${other} and ${key} are both in oneof ${oneof.name}: give one`)
      seenOneofs.set(oneof.name, key)
    }
    out[field.name] = fieldValue(field, value, `${path}.${key}`)
  }
  return out
}

function fieldValue(field: protobuf.Field, value: unknown, path: string): unknown {
  field.resolve()
  if (field instanceof protobuf.MapField) {
    if (!isObject(value)) throw bad(path, 'expected an object (a map)')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        mapKey(field.keyType, k, `${path}.${k}`),
        single(field, v, `${path}.${k}`),
      ]),
    )
  }
  if (field.repeated) {
    if (!Array.isArray(value)) throw bad(path, 'expected an array')
    return value.map((v, i) => single(field, v, `${path}[${i}]`))
  }
  return single(field, value, path)
}

function mapKey(keyType: string, key: string, path: string): string {
  if (keyType === 'string') return key
  if (keyType === 'bool') {
    if (key !== 'true' && key !== 'false') throw bad(path, 'map key must be true or false')
    // protobufjs encodes a bool key with `.bool(key)`: of all strings only '' is false.
    return key === 'true' ? key : ''
  }
  if (!/^-?[0-9]+$/.test(key)) throw bad(path, `map key must be an integer (${keyType})`)
  return String(scalar(keyType, key, path))
}

function single(field: protobuf.Field, value: unknown, path: string): unknown {
  const resolved = field.resolvedType
  if (resolved instanceof protobuf.Enum) return enumValue(resolved, value, path)
  if (resolved instanceof protobuf.Type) return message(resolved, value, path)
  return scalar(field.type, value, path)
}

function enumValue(type: protobuf.Enum, value: unknown, path: string): unknown {
  if (typeName(type) === 'google.protobuf.NullValue') return 0
  if (typeof value === 'string' && value in type.values) return type.values[value]
  const [min, max] = INT_RANGES.int32!
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
    return value
  throw bad(path, `expected one of ${Object.keys(type.values).join(', ')} (or a 32-bit number)`)
}

const INT_RANGES: Readonly<Record<string, [number, number]>> = {
  int32: [-2147483648, 2147483647],
  sint32: [-2147483648, 2147483647],
  sfixed32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  fixed32: [0, 4294967295],
}
const INT64: [bigint, bigint] = [-(2n ** 63n), 2n ** 63n - 1n]
const UINT64: [bigint, bigint] = [0n, 2n ** 64n - 1n]
const INT64_RANGES: Readonly<Record<string, [bigint, bigint]>> = {
  int64: INT64,
  sint64: INT64,
  sfixed64: INT64,
  uint64: UINT64,
  fixed64: UINT64,
}
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/

function scalar(type: string, value: unknown, path: string): unknown {
  const range = INT_RANGES[type]
  if (range) {
    const n = typeof value === 'string' && /^-?[0-9]+$/.test(value) ? Number(value) : value
    if (typeof n !== 'number' || !Number.isInteger(n) || n < range[0] || n > range[1])
      throw bad(path, `expected an integer from ${range[0]} to ${range[1]} (${type})`)
    return n
  }
  const range64 = INT64_RANGES[type]
  if (range64) {
    const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value
    const unsigned = range64 === UINT64
    if (typeof text !== 'string' || !(unsigned ? /^[0-9]+$/ : /^-?[0-9]+$/).test(text))
      throw bad(
        path,
        `expected a${unsigned ? 'n unsigned' : ''} 64-bit integer as a decimal string`,
      )
    // protobufjs would wrap a value out of range into one that is not what was asked
    const n = BigInt(text)
    if (n < range64[0] || n > range64[1])
      throw bad(path, `expected an integer from ${range64[0]} to ${range64[1]} (${type})`)
    return text
  }
  switch (type) {
    case 'double':
    case 'float':
      if (typeof value === 'number') {
        // protobufjs would write a float past 3.4e38 as Infinity
        if (type === 'float' && !Number.isFinite(Math.fround(value)))
          throw bad(path, 'expected a number a 32-bit float holds (up to 3.4e38)')
        return value
      }
      if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value)
      throw bad(path, 'expected a number')
    case 'bool':
      if (typeof value !== 'boolean') throw bad(path, 'expected true or false')
      return value
    case 'string':
      if (typeof value !== 'string') throw bad(path, 'expected a string')
      return value
    case 'bytes':
      // one character past a multiple of four holds no byte: a base64 text cannot end so
      if (
        typeof value !== 'string' ||
        !BASE64.test(value) ||
        value.replace(/=+$/, '').length % 4 === 1
      )
        throw bad(path, 'expected base64 text')
      return Buffer.from(value, 'base64')
    default:
      throw bad(path, `unsupported field type ${type}`)
  }
}

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/i
/** Whether `2026-01-31T12:00:00` names a real date and time (not February 30th or 24:00). */
const isCalendarTime = (text: string) => {
  const ms = Date.parse(`${text}Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === text.toUpperCase()
}
const DURATION = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/
const nanosOf = (fraction: string | undefined) => Number((fraction ?? '').padEnd(9, '0'))
const snake = (path: string) => path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** The plain form of a well-known type from its JSON form; undefined for other messages. */
function wellKnown(type: protobuf.Type, name: string, json: unknown, path: string): unknown {
  const wrapped = WRAPPERS[name]
  if (wrapped) return { value: scalar(wrapped, json, path) }
  switch (name) {
    case 'google.protobuf.Timestamp': {
      const match = typeof json === 'string' ? TIMESTAMP.exec(json) : null
      if (!match || !isCalendarTime(match[1]!))
        throw bad(path, 'expected an RFC 3339 timestamp such as 2026-01-31T12:00:00Z')
      const seconds = Math.floor(Date.parse(`${match[1]}${match[3]}`) / 1000)
      if (seconds < TIMESTAMP_SECONDS[0] || seconds > TIMESTAMP_SECONDS[1])
        throw bad(path, 'expected a timestamp from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z')
      return { seconds: String(seconds), nanos: nanosOf(match[2]) }
    }
    case 'google.protobuf.Duration': {
      const match = typeof json === 'string' ? DURATION.exec(json) : null
      if (!match) throw bad(path, 'expected a duration such as 1.5s')
      // protobuf's limit: about 10,000 years
      if (Number(match[2]) > 315576000000)
        throw bad(path, 'expected a duration of at most 315576000000s either way')
      const sign = match[1] ? -1 : 1
      return { seconds: String(sign * Number(match[2])), nanos: sign * nanosOf(match[3]) }
    }
    case 'google.protobuf.Struct':
      if (!isObject(json)) throw bad(path, 'expected an object (Struct)')
      return structValue(valueKindsOf(type), json, path)
    case 'google.protobuf.Value':
      return anyValue(valueKindsOf(type), json, path)
    case 'google.protobuf.ListValue':
      if (!Array.isArray(json)) throw bad(path, 'expected an array (ListValue)')
      return listValue(valueKindsOf(type), json, path)
    case 'google.protobuf.Empty':
      if (!isObject(json) || Object.keys(json).length > 0) throw bad(path, 'expected {} (Empty)')
      return {}
    case 'google.protobuf.FieldMask':
      if (typeof json !== 'string') throw bad(path, 'expected comma-separated field paths')
      return { paths: json === '' ? [] : json.split(',').map(snake) }
    case 'google.protobuf.Any':
      return packAny(type, json, path)
    default:
      return undefined
  }
}

function anyValue(kinds: ValueKinds, json: unknown, path: string): Plain {
  if (json === null) return { [kinds.null]: 0 }
  if (typeof json === 'number') return { [kinds.number]: json }
  if (typeof json === 'string') return { [kinds.string]: json }
  if (typeof json === 'boolean') return { [kinds.bool]: json }
  if (Array.isArray(json)) return { [kinds.list]: listValue(kinds, json, path) }
  if (isObject(json)) return { [kinds.struct]: structValue(kinds, json, path) }
  throw bad(path, 'expected a JSON value')
}

const structValue = (kinds: ValueKinds, json: Plain, path: string) => ({
  fields: Object.fromEntries(
    Object.entries(json).map(([k, v]) => [k, anyValue(kinds, v, `${path}.${k}`)]),
  ),
})

const listValue = (kinds: ValueKinds, json: unknown[], path: string) => ({
  values: json.map((v, i) => anyValue(kinds, v, `${path}[${i}]`)),
})

function packAny(anyType: protobuf.Type, json: unknown, path: string): Plain {
  const url = isObject(json) ? json['@type'] : undefined
  if (typeof url !== 'string') throw bad(path, "expected an object with '@type' (Any)")
  const target = anyTarget(url, [anyType.root])
  if (!target) throw bad(path, `unknown message type ${url} in '@type'`)
  const { '@type': _, ...rest } = json as Plain
  const body = hasOwnJson(target) ? rest.value : rest
  const value = target.encode(fromJson(target, body, path)).finish()
  return { type_url: url, value }
}
