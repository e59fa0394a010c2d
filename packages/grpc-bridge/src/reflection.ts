import * as grpc from '@grpc/grpc-js'
import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'
import { loadDescriptorSet } from './descriptors.js'
import { GrpcBridgeError } from './errors.js'
import { absent, closure, dependenciesFirst, type FileEntry } from './file-graph.js'
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

/** A service the server lists but could not describe, and why. */
export interface SkippedService {
  name: string
  reason: string
}

/** What a server described about itself: its services and every file that defines them. */
export interface Reflection {
  /** The services described; those the server could not describe are in `skipped`. */
  services: string[]
  /** An encoded `google.protobuf.FileDescriptorSet`, dependencies before their dependents. */
  descriptorSet: Uint8Array
  /** Services left out: reflection failed for them or their descriptors are broken. */
  skipped: SkippedService[]
}

const PACKAGES = ['grpc.reflection.v1', 'grpc.reflection.v1alpha'] as const

/**
 * Asks a server for its services and their descriptors through server reflection (v1, falling
 * back to v1alpha); the reflection services themselves are left out. A service that cannot be
 * described is skipped, naming why; when none can be, it throws BAD_DESCRIPTOR naming each.
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
    const keep = (bytes: Uint8Array): string => {
      const file = descriptor.FileDescriptorProto.decode(bytes) as unknown as FileEntry['file']
      files.set(file.name, { file, dependencies: file.dependency })
      return file.name
    }
    const skipped: SkippedService[] = []
    const sent = new Map<string, string[]>()
    for (const service of services) {
      const answer = await ask({ fileContainingSymbol: service })
      const reason = answer.errorResponse ? errorText(answer) : keepAll(answer, keep)
      if (typeof reason === 'string') skipped.push({ name: service, reason })
      else sent.set(service, reason)
    }
    /** Imported files the server could not send, with why. */
    const unsent = new Map<string, string>()
    const asked = new Set<string>()
    const missing = () => absent(files).filter((name) => !unsent.has(name))
    for (let names = missing(); names.length > 0; names = missing())
      for (const name of names) {
        if (asked.has(name)) {
          unsent.set(name, 'the server never sent it')
          continue
        }
        asked.add(name)
        const answer = await ask({ fileByFilename: name })
        const known = answer.errorResponse ? wellKnownFile(name) : undefined
        if (known) {
          keep(known)
          continue
        }
        const reason = answer.errorResponse ? errorText(answer) : keepAll(answer, keep)
        if (typeof reason === 'string') unsent.set(name, reason)
      }
    const needs = new Map<string, string[]>()
    for (const [service, names] of sent) {
      const needed = closure(files, names)
      const lacking = needed.find((name) => unsent.has(name))
      if (lacking === undefined) needs.set(service, needed)
      else
        skipped.push({
          name: service,
          reason: `it needs ${lacking}, which the server could not send: ${unsent.get(lacking)}`,
        })
    }
    return readable(files, needs, skipped, services, options.target)
  } finally {
    stream.end()
    stream.cancel()
  }
}

/** Keeps the files of an answer: their names, or why they cannot be decoded. */
function keepAll(
  answer: ReflectionResponse,
  keep: (bytes: Uint8Array) => string,
): string[] | string {
  try {
    return (answer.fileDescriptorResponse?.fileDescriptorProto ?? []).map(keep)
  } catch (error) {
    return `its descriptors cannot be decoded: ${error instanceof Error ? error.message : String(error)}`
  }
}

const errorText = ({ errorResponse }: ReflectionResponse) =>
  `${statusName(errorResponse!.errorCode)} ${errorResponse!.errorMessage}`

const encodeFiles = (files: ReadonlyMap<string, FileEntry>, names: Iterable<string>) =>
  descriptor.FileDescriptorSet.encode(
    descriptor.FileDescriptorSet.create({ file: dependenciesFirst(files, names) }),
  ).finish()

/** Why descriptors cannot be read, or undefined when they can. */
function unreadable(descriptorSet: Uint8Array): string | undefined {
  try {
    loadDescriptorSet(descriptorSet)
    return undefined
  } catch (error) {
    const cause = error instanceof GrpcBridgeError ? error.cause : error
    return `its descriptors cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`
  }
}

/**
 * The services whose files (`needs`) make a descriptor set that reads, in the order listed, and
 * their files; the others join `skipped`. Each service is read on its own only when all together
 * do not read. Throws BAD_DESCRIPTOR when no service is left.
 */
function readable(
  files: ReadonlyMap<string, FileEntry>,
  needs: Map<string, string[]>,
  skipped: SkippedService[],
  listed: readonly string[],
  target: string,
): Reflection {
  const together = () => encodeFiles(files, new Set([...needs.values()].flat()))
  let descriptorSet = together()
  if (unreadable(descriptorSet) !== undefined) {
    for (const [service, names] of needs) {
      const reason = unreadable(encodeFiles(files, names))
      if (reason === undefined) continue
      needs.delete(service)
      skipped.push({ name: service, reason })
    }
    descriptorSet = together()
  }
  const order = (name: string) => listed.indexOf(name)
  skipped.sort((a, b) => order(a.name) - order(b.name))
  if (needs.size === 0 && skipped.length > 0)
    throw new GrpcBridgeError(
      'BAD_DESCRIPTOR',
      `${target} could not describe any of its services: ${skipped
        .map(({ name, reason }) => `${name} (${reason})`)
        .join('; ')}`,
    )
  const services = listed.filter((name) => needs.has(name))
  return { services, descriptorSet, skipped }
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
