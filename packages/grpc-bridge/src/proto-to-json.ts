import protobuf from 'protobufjs'
import {
  hasOwnJson,
  isSyntheticOneof,
  jsonName,
  TIMESTAMP_SECONDS,
  typeName,
  valueKindsOf,
  WRAPPERS,
  type ValueKinds,
} from './json-names.js'
import { anyTarget } from './well-known-files.js'

type Plain = Record<string, unknown>
type Decoded = Record<string, unknown>

/**
 * A decoded message in protobuf's canonical JSON form, emitting default values of plain fields
 * (so the result always matches the output schema's shape); unset messages, oneof members and
 * fields with presence (proto3 `optional`, proto2 `optional`) are left out.
 */
export function toJson(type: protobuf.Type, message: Decoded): unknown {
  const name = typeName(type)
  const wrapped = WRAPPERS[name]
  if (wrapped) return scalar(wrapped, message.value ?? defaultOf(wrapped))
  const known = wellKnown(type, name, message)
  if (known !== undefined) return known
  const out: Plain = {}
  for (const field of type.fieldsArray) {
    field.resolve()
    const present = own(message, field.name)
    const value = message[field.name]
    const optional =
      (field.partOf && (field.partOf.fieldsArray.length > 1 || isSyntheticOneof(field.partOf))) ||
      (field.resolvedType instanceof protobuf.Type && !field.repeated && !field.map) ||
      // proto2's optional and required fields (explicit presence)
      (!field.partOf && field.hasPresence)
    if (optional && (!present || value === null || value === undefined)) continue
    out[jsonName(field)] = fieldJson(field, value)
  }
  return out
}

function fieldJson(field: protobuf.Field, value: unknown): unknown {
  if (field instanceof protobuf.MapField) {
    const unsigned = field.keyType === 'uint64' || field.keyType === 'fixed64'
    // With Long (which grpc-js brings), protobufjs keys 64-bit map entries by 8-character hashes;
    // some hashes are all digits (3472328296227680304 is '00000000').
    const hashed = /64$/.test(field.keyType) && Boolean(protobuf.util.Long)
    return Object.fromEntries(
      Object.entries((value ?? {}) as Plain).map(([k, v]) => [
        hashed
          ? (
              protobuf.util.LongBits.fromHash(k).toLong(unsigned) as { toString(): string }
            ).toString()
          : k,
        single(field, v),
      ]),
    )
  }
  if (field.repeated) return ((value ?? []) as unknown[]).map((v) => single(field, v))
  return single(field, value)
}

function single(field: protobuf.Field, value: unknown): unknown {
  const resolved = field.resolvedType
  if (resolved instanceof protobuf.Enum) {
    if (typeName(resolved) === 'google.protobuf.NullValue') return null
    return resolved.valuesById[value as number] ?? value
  }
  if (resolved instanceof protobuf.Type) return toJson(resolved, (value ?? {}) as Decoded)
  return scalar(field.type, value ?? defaultOf(field.type))
}

function defaultOf(type: string): unknown {
  if (type === 'bool') return false
  if (type === 'string') return ''
  if (type === 'bytes') return new Uint8Array()
  return 0
}

function scalar(type: string, value: unknown): unknown {
  if (/64$/.test(type) && type !== 'double') return String(value)
  if (type === 'bytes') return Buffer.from(value as Uint8Array).toString('base64')
  if ((type === 'double' || type === 'float') && !Number.isFinite(value)) return String(value)
  if (type === 'float') return shortestFloat(value as number)
  return value
}

/** A 32-bit float as the shortest number that is the same float (0.1, not 0.10000000149011612). */
function shortestFloat(value: number): number {
  for (let digits = 1; digits < 9; digits++) {
    const short = Number(value.toPrecision(digits))
    if (Math.fround(short) === value) return short
  }
  return value
}

/** A number from a decoded int64 (a Long or a number). */
const num = (value: unknown) => Number(String((value as number | undefined) ?? 0))
const fraction = (nanos: number) => {
  if (nanos === 0) return ''
  const digits = String(Math.abs(nanos)).padStart(9, '0')
  return `.${digits.endsWith('000000') ? digits.slice(0, 3) : digits.endsWith('000') ? digits.slice(0, 6) : digits}`
}
const camel = (path: string) => path.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

function wellKnown(type: protobuf.Type, name: string, message: Decoded): unknown {
  switch (name) {
    case 'google.protobuf.Timestamp': {
      const seconds = num(message.seconds)
      if (!(seconds >= TIMESTAMP_SECONDS[0] && seconds <= TIMESTAMP_SECONDS[1]))
        throw new Error(`a Timestamp of ${String(message.seconds)} s is not within years 1 to 9999`)
      const iso = new Date(seconds * 1000).toISOString().slice(0, 19)
      return `${iso}${fraction(num(message.nanos))}Z`
    }
    case 'google.protobuf.Duration': {
      const seconds = num(message.seconds)
      const nanos = num(message.nanos)
      const sign = seconds < 0 || nanos < 0 ? '-' : ''
      return `${sign}${Math.abs(seconds)}${fraction(nanos)}s`
    }
    case 'google.protobuf.Struct':
      return structJson(valueKindsOf(type), message)
    case 'google.protobuf.Value':
      return valueJson(valueKindsOf(type), message)
    case 'google.protobuf.ListValue':
      return listJson(valueKindsOf(type), message)
    case 'google.protobuf.Empty':
      return {}
    case 'google.protobuf.FieldMask':
      return ((message.paths ?? []) as string[]).map(camel).join(',')
    case 'google.protobuf.Any':
      return unpackAny(type, message)
    default:
      return undefined
  }
}

function structJson(kinds: ValueKinds, message: Decoded): Plain {
  return Object.fromEntries(
    Object.entries((message.fields ?? {}) as Record<string, Decoded>).map(([k, v]) => [
      k,
      valueJson(kinds, v),
    ]),
  )
}

const listJson = (kinds: ValueKinds, message: Decoded): unknown[] =>
  ((message.values ?? []) as Decoded[]).map((v) => valueJson(kinds, v))

const own = (value: Decoded, key: string) => Object.prototype.hasOwnProperty.call(value, key)

function valueJson(kinds: ValueKinds, value: Decoded): unknown {
  if (own(value, kinds.struct)) return structJson(kinds, value[kinds.struct] as Decoded)
  if (own(value, kinds.list)) return listJson(kinds, value[kinds.list] as Decoded)
  for (const kind of [kinds.string, kinds.number, kinds.bool])
    if (own(value, kind)) return value[kind]
  return null
}

const unpackAny = (anyType: protobuf.Type, message: Decoded) => anyJson(message, [anyType.root])

/**
 * An `Any` in JSON: the message its type URL names, from the first of `roots` (or the well-known
 * types) that holds that type (a well-known type with a JSON form of its own under `value`), or
 * its bytes in base64 when none does.
 */
export function anyJson(message: Decoded, roots: readonly protobuf.Root[]): Plain {
  const url = typeof message.type_url === 'string' ? message.type_url : ''
  const target = anyTarget(url, roots)
  if (!target)
    return {
      '@type': url,
      value: Buffer.from((message.value ?? []) as Uint8Array).toString('base64'),
    }
  const inner = toJson(target, target.decode(message.value as Uint8Array) as unknown as Decoded)
  return hasOwnJson(target) ? { '@type': url, value: inner } : { '@type': url, ...(inner as Plain) }
}
