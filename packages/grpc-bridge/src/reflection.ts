import * as grpc from '@grpc/grpc-js'
import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'
import { GrpcBridgeError } from './errors.js'
import { detailsOf, openClient, statusName, toMetadata, type GrpcTargetOptions } from './target.js'
import { wellKnownFile } from './well-known-files.js'

/** The reflection protocol's messages (identical in v1 and v1alpha, only the package differs). */
const messages = protobuf.Root.fromJSON({
  nested: {
    ServerReflectionRequest: {
      oneofs: {
        messageRequest: { oneof: ['fileByFilename', 'fileContainingSymbol', 'listServices'] },
      },
      fields: {
        host: { type: 'string', id: 1 },
        fileByFilename: { type: 'string', id: 3 },
        fileContainingSymbol: { type: 'string', id: 4 },
        listServices: { type: 'string', id: 7 },
      },
    },
    ServerReflectionResponse: {
      fields: {
        fileDescriptorResponse: { type: 'FileDescriptorResponse', id: 4 },
        listServicesResponse: { type: 'ListServiceResponse', id: 6 },
        errorResponse: { type: 'ErrorResponse', id: 7 },
      },
    },
    FileDescriptorResponse: {
      fields: { fileDescriptorProto: { rule: 'repeated', type: 'bytes', id: 1 } },
    },
    ListServiceResponse: {
      fields: { service: { rule: 'repeated', type: 'ServiceResponse', id: 1 } },
    },
    ServiceResponse: { fields: { name: { type: 'string', id: 1 } } },
    ErrorResponse: {
      fields: { errorCode: { type: 'int32', id: 1 }, errorMessage: { type: 'string', id: 2 } },
    },
  },
})
const RequestType = messages.lookupType('ServerReflectionRequest')
const ResponseType = messages.lookupType('ServerReflectionResponse')

interface ReflectionResponse {
  fileDescriptorResponse?: { fileDescriptorProto: Uint8Array[] }
  listServicesResponse?: { service: { name: string }[] }
  errorResponse?: { errorCode: number; errorMessage: string }
}

/** Options for {@link reflect}. */
export interface ReflectOptions extends GrpcTargetOptions {
  /** Gives up after this long; default 10 s. */
  timeoutMs?: number
}

/** What a server described about itself: its services and every file that defines them. */
export interface Reflection {
  services: string[]
  /** An encoded `google.protobuf.FileDescriptorSet`, dependencies before their dependents. */
  descriptorSet: Uint8Array
}

const PACKAGES = ['grpc.reflection.v1', 'grpc.reflection.v1alpha'] as const

/**
 * Asks a server for its services and their descriptors through server reflection (v1, falling
 * back to v1alpha); the reflection services themselves are left out.
 */
export async function reflect(options: ReflectOptions): Promise<Reflection> {
  const client = openClient(options)
  const timeoutMs = options.timeoutMs ?? 10_000
  try {
    for (const pkg of PACKAGES) {
      try {
        return await reflectWith(client, pkg, options, timeoutMs)
      } catch (error) {
        if (!(error instanceof Fallback)) throw error
      }
    }
    throw new GrpcBridgeError(
      'NO_REFLECTION',
      `${options.target} does not offer server reflection (grpc.reflection.v1 or v1alpha): UNIMPLEMENTED`,
    )
  } finally {
    client.close()
  }
}

/** The server does not know this reflection package: try the next. */
class Fallback extends Error {}

async function reflectWith(
  client: grpc.Client,
  pkg: string,
  options: ReflectOptions,
  timeoutMs: number,
): Promise<Reflection> {
  const stream = client.makeBidiStreamRequest(
    `/${pkg}.ServerReflection/ServerReflectionInfo`,
    (value: object) => Buffer.from(RequestType.encode(RequestType.fromObject(value)).finish()),
    (bytes: Buffer) => ResponseType.toObject(ResponseType.decode(bytes)) as ReflectionResponse,
    toMetadata(options.metadata),
    { deadline: Date.now() + timeoutMs },
  )
  const ask = askOver(stream, options, timeoutMs)
  try {
    const listed = await ask({ listServices: '' })
    const services = (listed.listServicesResponse?.service ?? [])
      .map((s) => s.name)
      .filter((name) => !name.startsWith('grpc.reflection.'))
    const files = new Map<string, FileEntry>()
    const add = (answer: ReflectionResponse, what: string) => {
      if (answer.errorResponse) {
        const { errorCode, errorMessage } = answer.errorResponse
        const known = what.startsWith('file ') ? wellKnownFile(what.slice(5)) : undefined
        if (known) return keep(known)
        throw new GrpcBridgeError(
          'BAD_DESCRIPTOR',
          `${options.target} could not describe ${what}: ${statusName(errorCode)} ${errorMessage}`,
        )
      }
      for (const bytes of answer.fileDescriptorResponse?.fileDescriptorProto ?? []) keep(bytes)
    }
    const keep = (bytes: Uint8Array) => {
      const file = descriptor.FileDescriptorProto.decode(bytes) as unknown as FileEntry['file']
      files.set(file.name, { file, dependencies: file.dependency })
    }
    for (const service of services)
      add(await ask({ fileContainingSymbol: service }), `service ${service}`)
    const asked = new Set<string>()
    for (let missing = absent(files); missing.length > 0; missing = absent(files))
      for (const name of missing) {
        if (asked.has(name))
          throw new GrpcBridgeError('BAD_DESCRIPTOR', `${options.target} never sent file ${name}`)
        asked.add(name)
        add(await ask({ fileByFilename: name }), `file ${name}`)
      }
    const set = descriptor.FileDescriptorSet.create({ file: dependenciesFirst(files) })
    return { services, descriptorSet: descriptor.FileDescriptorSet.encode(set).finish() }
  } finally {
    stream.end()
    stream.cancel()
  }
}

interface FileEntry {
  file: { name: string; dependency: string[] }
  dependencies: string[]
}

/** Files some kept file imports but nobody has sent yet. */
function absent(files: ReadonlyMap<string, FileEntry>): string[] {
  const names = new Set<string>()
  for (const { dependencies } of files.values())
    for (const name of dependencies) if (!files.has(name)) names.add(name)
  return [...names]
}

/** The files in an order where every file comes after those it imports. */
function dependenciesFirst(files: ReadonlyMap<string, FileEntry>): object[] {
  const ordered: object[] = []
  const done = new Set<string>()
  const visit = (name: string) => {
    const entry = files.get(name)
    if (!entry || done.has(name)) return
    done.add(name)
    for (const dependency of entry.dependencies) visit(dependency)
    ordered.push(entry.file)
  }
  for (const name of files.keys()) visit(name)
  return ordered
}

/** Sends one request at a time on the stream and waits for its answer. */
function askOver(
  stream: grpc.ClientDuplexStream<object, ReflectionResponse>,
  options: ReflectOptions,
  timeoutMs: number,
) {
  let waiting: { resolve(r: ReflectionResponse): void; reject(e: Error): void } | undefined
  let failure: Error | undefined
  stream.on('data', (response: ReflectionResponse) => {
    const pending = waiting
    waiting = undefined
    pending?.resolve(response)
  })
  stream.on('error', (error: grpc.ServiceError) => {
    failure = translate(error, options.target, timeoutMs)
    waiting?.reject(failure)
    waiting = undefined
  })
  return (request: Record<string, string>) =>
    new Promise<ReflectionResponse>((resolve, reject) => {
      if (failure !== undefined) {
        reject(failure)
        return
      }
      waiting = { resolve, reject }
      stream.write(request)
    })
}

function translate(error: grpc.ServiceError, target: string, timeoutMs: number): Error {
  if (error.code === grpc.status.UNIMPLEMENTED) return new Fallback()
  if (error.code === grpc.status.UNAVAILABLE)
    return new GrpcBridgeError(
      'UNREACHABLE',
      `${target} could not be reached: ${detailsOf(error)}`,
      {
        cause: error,
      },
    )
  if (error.code === grpc.status.DEADLINE_EXCEEDED)
    return new GrpcBridgeError(
      'TIMEOUT',
      `${target} did not answer reflection within ${timeoutMs} ms`,
    )
  return new GrpcBridgeError(
    'BAD_DESCRIPTOR',
    `${target} failed server reflection: ${statusName(error.code)} ${detailsOf(error)}`,
    { cause: error },
  )
}
