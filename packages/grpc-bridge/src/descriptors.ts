import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'
import { GrpcBridgeError } from './errors.js'
import { keepJsonNames } from './json-names.js'
import { restoreMapFields, type RawMessage } from './map-fields.js'

/** One method of a service, with its message types resolved. */
export interface GrpcMethod {
  /** The service's full name (`shop.v1.Shop`). */
  service: string
  name: string
  /** The HTTP/2 path the call goes to (`/shop.v1.Shop/GetProduct`). */
  path: string
  requestType: protobuf.Type
  responseType: protobuf.Type
  clientStreaming: boolean
  serverStreaming: boolean
}

/** Services and types decoded from a descriptor set, with the comments the descriptors carry. */
export interface GrpcSchema {
  root: protobuf.Root
  methods: GrpcMethod[]
  /** The comment on an element by its full name (`shop.v1.Product.sku`), when there is one. */
  comment(fullName: string): string | undefined
}

interface Location {
  path: number[]
  leadingComments?: string
  trailingComments?: string
}
interface Named {
  name: string
}
interface MessageDescriptor extends RawMessage {
  nestedType?: MessageDescriptor[]
  enumType?: EnumDescriptor[]
}
interface EnumDescriptor extends Named {
  value?: Named[]
}
interface FileDescriptor {
  package?: string
  messageType?: MessageDescriptor[]
  enumType?: EnumDescriptor[]
  service?: (Named & { method?: Named[] })[]
  sourceCodeInfo?: { location?: Location[] }
}

/** Decodes a FileDescriptorSet; `services` limits which services' methods are listed. */
export function loadDescriptorSet(bytes: Uint8Array, services?: readonly string[]): GrpcSchema {
  let root: protobuf.Root
  let files: FileDescriptor[]
  try {
    const set = descriptor.FileDescriptorSet.decode(bytes) as unknown as { file: FileDescriptor[] }
    files = set.file
    root = (
      protobuf.Root as unknown as { fromDescriptor(s: unknown): protobuf.Root }
    ).fromDescriptor(set)
    for (const file of files) {
      const scope = file.package ? `.${file.package}` : ''
      restoreMapFields(root, scope, file.messageType)
      keepJsonNames(root, scope, file.messageType)
    }
    root.resolveAll()
  } catch (error) {
    throw new GrpcBridgeError(
      'BAD_DESCRIPTOR',
      `the descriptors could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  const comments = new Map<string, string>()
  for (const file of files) collectComments(file, comments)
  const wanted = services ? new Set(services) : undefined
  const methods: GrpcMethod[] = []
  for (const service of allServices(root)) {
    const serviceName = service.fullName.slice(1)
    if (wanted && !wanted.has(serviceName)) continue
    for (const method of service.methodsArray) {
      method.resolve()
      methods.push({
        service: serviceName,
        name: method.name,
        path: `/${serviceName}/${method.name}`,
        requestType: method.resolvedRequestType!,
        responseType: method.resolvedResponseType!,
        clientStreaming: method.requestStream === true,
        serverStreaming: method.responseStream === true,
      })
    }
  }
  return { root, methods, comment: (name) => comments.get(name) }
}

function allServices(namespace: protobuf.NamespaceBase): protobuf.Service[] {
  const found: protobuf.Service[] = []
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Service) found.push(nested)
    else if (nested instanceof protobuf.Namespace) found.push(...allServices(nested))
  }
  return found
}

/**
 * Reads `source_code_info` (present when the server kept it): the comment of each message, field,
 * enum, value, service and method, by full name. Paths follow descriptor.proto's field numbers.
 */
function collectComments(file: FileDescriptor, into: Map<string, string>) {
  const byPath = new Map<string, string>()
  for (const location of file.sourceCodeInfo?.location ?? []) {
    const text = (location.leadingComments || location.trailingComments || '').trim()
    if (text) byPath.set(location.path.join('.'), text)
  }
  if (byPath.size === 0) return
  const prefix = file.package ? `${file.package}.` : ''
  const note = (path: (string | number)[], name: string) => {
    const text = byPath.get(path.join('.'))
    if (text) into.set(name, text)
  }
  const enums = (list: EnumDescriptor[] | undefined, path: number[], scope: string, tag: number) =>
    list?.forEach((e, i) => {
      const name = `${scope}${e.name}`
      note([...path, tag, i], name)
      e.value?.forEach((v, j) => note([...path, tag, i, 2, j], `${name}.${v.name}`))
    })
  const messages = (
    list: MessageDescriptor[] | undefined,
    path: number[],
    scope: string,
    tag: number,
  ) =>
    list?.forEach((m, i) => {
      const here = [...path, tag, i]
      const name = `${scope}${m.name}`
      note(here, name)
      m.field?.forEach((f, j) => note([...here, 2, j], `${name}.${f.name}`))
      messages(m.nestedType, here, `${name}.`, 3)
      enums(m.enumType, here, `${name}.`, 4)
    })
  messages(file.messageType, [], prefix, 4)
  enums(file.enumType, [], prefix, 5)
  file.service?.forEach((s, i) => {
    const name = `${prefix}${s.name}`
    note([6, i], name)
    s.method?.forEach((m, j) => note([6, i, 2, j], `${name}.${m.name}`))
  })
}
