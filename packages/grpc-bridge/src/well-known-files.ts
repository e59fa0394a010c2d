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
