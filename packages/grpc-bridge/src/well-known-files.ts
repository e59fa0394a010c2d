import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'

/**
 * An encoded FileDescriptorProto for one of protobuf's well-known files
 * (`google/protobuf/timestamp.proto`, ...), for servers whose reflection does not serve them.
 */
export function wellKnownFile(name: string): Uint8Array | undefined {
  const json = protobuf.common.get(name)
  if (!json) return undefined
  const set = protobuf.Root.fromJSON(json).toDescriptor('proto3') as unknown as {
    file: { name: string }[]
  }
  const [file] = set.file
  if (!file) return undefined
  file.name = name
  return descriptor.FileDescriptorProto.encode(file).finish()
}

const WELL_KNOWN_FILES = [
  'any',
  'duration',
  'empty',
  'field_mask',
  'struct',
  'timestamp',
  'wrappers',
]
let wellKnown: protobuf.Root | undefined

/** protobufjs's copies of the well-known types, for an `Any` holding one the descriptors lack. */
function wellKnownTypes(): protobuf.Root {
  if (wellKnown) return wellKnown
  const root = new protobuf.Root()
  for (const file of WELL_KNOWN_FILES)
    root.addJSON(
      (protobuf.common.get(`google/protobuf/${file}.proto`) as protobuf.INamespace).nested!,
    )
  root.resolveAll()
  return (wellKnown = root)
}

/**
 * The message an `Any`'s type URL names (`type.googleapis.com/pkg.Msg`): from the first of `roots`
 * that holds it, else from the well-known types.
 */
export function anyTarget(url: string, roots: readonly protobuf.Root[]): protobuf.Type | undefined {
  const name = url.slice(url.lastIndexOf('/') + 1)
  if (name === '') return undefined
  for (const root of [...roots, wellKnownTypes()]) {
    const found = root.lookup(name)
    if (found instanceof protobuf.Type) return found
  }
  return undefined
}
