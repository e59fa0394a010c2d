import protobuf from 'protobufjs'

/** descriptor.proto's FieldDescriptorProto.Type numbers, as protobufjs type names. */
const SCALAR_TYPES: Readonly<Record<number, string>> = {
  1: 'double',
  2: 'float',
  3: 'int64',
  4: 'uint64',
  5: 'int32',
  6: 'fixed64',
  7: 'fixed32',
  8: 'bool',
  9: 'string',
  12: 'bytes',
  13: 'uint32',
  15: 'sfixed32',
  16: 'sfixed64',
  17: 'sint32',
  18: 'sint64',
}

/** A field as descriptor.proto describes it (the parts the bridge reads). */
export interface RawField {
  name: string
  number: number
  type: number
  typeName?: string
  jsonName?: string
}
/** A message as descriptor.proto describes it (the parts the bridge reads). */
export interface RawMessage {
  name: string
  field?: RawField[]
  nestedType?: RawMessage[]
  options?: { mapEntry?: boolean }
}

const typeOf = (field: RawField) => SCALAR_TYPES[field.type] ?? field.typeName ?? 'bytes'

/**
 * Turns `map<K, V>` fields back into map fields: protobufjs builds them from descriptors as
 * repeated `XEntry` messages, which would show as arrays of `{key, value}` instead of objects.
 */
export function restoreMapFields(
  root: protobuf.Root,
  scope: string,
  messages: readonly RawMessage[] = [],
) {
  for (const raw of messages) {
    const name = `${scope}.${raw.name}`
    const type = root.lookupType(name)
    const entries = new Map(
      (raw.nestedType ?? []).filter((n) => n.options?.mapEntry).map((n) => [n.name, n]),
    )
    for (const field of raw.field ?? []) {
      const entryName = field.typeName?.slice(field.typeName.lastIndexOf('.') + 1)
      const entry = entryName === undefined ? undefined : entries.get(entryName)
      const [key, value] = entry?.field ?? []
      if (!entry || !key || !value) continue
      const old = type.fields[field.name]!
      type.remove(old)
      const map = new protobuf.MapField(field.name, field.number, typeOf(key), typeOf(value))
      if (old.partOf) old.partOf.remove(old)
      type.add(map)
    }
    for (const entry of entries.values()) {
      const nested = type.nested?.[entry.name]
      if (nested) type.remove(nested)
    }
    restoreMapFields(
      root,
      name,
      raw.nestedType?.filter((n) => !n.options?.mapEntry),
    )
  }
}
