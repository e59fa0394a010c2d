import * as grpc from '@grpc/grpc-js'
import { loadDescriptorSet, type GrpcMethod } from './descriptors.js'
import { GrpcBridgeError } from './errors.js'
import { messageSchema } from './json-schema.js'
import { fromJson } from './json-to-proto.js'
import { toJson } from './proto-to-json.js'
import { statusDetails } from './status-details.js'
import {
  MAX_MESSAGE_BYTES,
  detailsOf,
  openClient,
  statusName,
  toMetadata,
  type GrpcTargetOptions,
} from './target.js'
import { toolDefinitions, type GrpcToolDefinition } from './tools.js'

/** An MCP tool result. */
export interface GrpcToolResult {
  content: { type: 'text'; text: string }[]
  structuredContent?: Record<string, unknown>
  isError?: boolean
  [key: string]: unknown
}

/** Per-call options of {@link GrpcBridge.call}. */
export interface GrpcCallOptions {
  /** The call's deadline; default 30 s. */
  timeoutMs?: number
  /** Metadata for this call, added to the target's. */
  metadata?: Readonly<Record<string, string>>
  /** Cancels the call. */
  signal?: AbortSignal
  /** Each message of a server-streaming answer, as it arrives (in JSON form), numbered from 1. */
  onMessage?: (message: unknown, count: number) => void
}

/** Options of {@link createGrpcBridge}: the target and what reflection found on it. */
export interface GrpcBridgeOptions extends GrpcTargetOptions {
  /** An encoded FileDescriptorSet (from {@link reflect} or `protoc --descriptor_set_out`). */
  descriptorSet: Uint8Array
  /** The services to expose; every service in the set when absent. */
  services?: readonly string[]
  /**
   * Most bytes a call's answer messages may take in all (a stream past it is cancelled and the
   * call fails with RESOURCE_EXHAUSTED); default 16 MiB, the largest single message too.
   */
  maxAnswerBytes?: number
}

/** A gRPC target as MCP tools: their definitions and a way to call them. */
export interface GrpcBridge {
  readonly tools: readonly GrpcToolDefinition[]
  /** Calls a tool by name; gRPC failures come back as `isError` results naming the status. */
  call(
    name: string,
    args: Record<string, unknown>,
    options?: GrpcCallOptions,
  ): Promise<GrpcToolResult>
  /** Closes the channel. */
  close(): void
}

interface Entry {
  method: GrpcMethod
  /** The request (or response) JSON travels under `value` (wrapper and Value types). */
  wrappedIn: boolean
  wrappedOut: boolean
}

/** Creates the bridge over one channel to the target, opened at the first call. */
export function createGrpcBridge(options: GrpcBridgeOptions): GrpcBridge {
  const schema = loadDescriptorSet(options.descriptorSet, options.services)
  const tools = toolDefinitions(schema)
  const entries = new Map<string, Entry>()
  for (const [i, tool] of tools.entries()) {
    const method = schema.methods[i]!
    entries.set(tool.name, {
      method,
      wrappedIn: messageSchema(method.requestType, 'input').type !== 'object',
      wrappedOut: messageSchema(method.responseType, 'output').type !== 'object',
    })
  }
  let client: grpc.Client | undefined

  async function call(
    name: string,
    args: Record<string, unknown>,
    callOptions: GrpcCallOptions = {},
  ) {
    const entry = entries.get(name)
    if (!entry) throw new GrpcBridgeError('UNKNOWN_METHOD', `no gRPC method behind tool '${name}'`)
    const { method } = entry
    const requests = method.clientStreaming
      ? messagesOf(args).map((m, i) => encode(entry, m, `arguments.messages[${i}]`))
      : [encode(entry, args, 'arguments')]
    client ??= openClient(options)
    const timeoutMs = callOptions.timeoutMs ?? 30_000
    try {
      const answers = await exchange(client, method, requests, {
        metadata: toMetadata(options.metadata, callOptions.metadata),
        deadline: Date.now() + timeoutMs,
        signal: callOptions.signal,
        maxBytes: options.maxAnswerBytes ?? MAX_MESSAGE_BYTES,
        onMessage: (message, count) => callOptions.onMessage?.(decode(entry, message), count),
      })
      const json = answers.map((answer) => decode(entry, answer))
      const structured = method.serverStreaming
        ? { messages: json }
        : (json[0] as Record<string, unknown>)
      return {
        content: [{ type: 'text' as const, text: JSON.stringify(structured) }],
        structuredContent: structured,
      }
    } catch (error) {
      const status = error as grpc.ServiceError
      if (typeof status.code !== 'number') throw error
      if (status.code === grpc.status.CANCELLED && callOptions.signal?.aborted)
        throw callOptions.signal.reason
      const details =
        status.code === grpc.status.DEADLINE_EXCEEDED
          ? `no answer within ${timeoutMs} ms`
          : detailsOf(status)
      const rich = statusDetails(status.metadata, schema.root)
      const more = rich.length > 0 ? `; details: ${JSON.stringify(rich)}` : ''
      return {
        content: [
          {
            type: 'text' as const,
            text: `gRPC ${method.path} failed: ${statusName(status.code)} (${status.code}): ${details}${more}`,
          },
        ],
        isError: true,
      }
    }
  }

  function encode(entry: Entry, json: unknown, path: string): Uint8Array {
    const type = entry.method.requestType
    const body = entry.wrappedIn ? (json as Record<string, unknown>).value : json
    return type.encode(fromJson(type, body, entry.wrappedIn ? `${path}.value` : path)).finish()
  }

  /** An answer message in JSON; one that cannot be read fails the call with INTERNAL. */
  function decode(entry: Entry, bytes: Uint8Array): unknown {
    const type = entry.method.responseType
    try {
      const json = toJson(type, type.decode(bytes) as unknown as Record<string, unknown>)
      return entry.wrappedOut ? { value: json } : json
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw failure(
        grpc.status.INTERNAL,
        `the answer cannot be read as ${type.fullName.slice(1)}: ${reason}`,
      )
    }
  }

  return {
    tools,
    call,
    close: () => client?.close(),
  }
}

function messagesOf(args: Record<string, unknown>): unknown[] {
  const { messages } = args
  if (!Array.isArray(messages))
    throw new GrpcBridgeError(
      'INVALID_ARGUMENTS',
      'arguments.messages: expected an array of request messages',
    )
  return messages
}

interface Exchange {
  metadata: grpc.Metadata
  deadline: number
  signal: AbortSignal | undefined
  maxBytes: number
  onMessage: (message: Uint8Array, count: number) => void
}

const same = (bytes: Uint8Array) => Buffer.from(bytes)
const raw = (bytes: Buffer) => new Uint8Array(bytes)

/** Runs one call of any kind with raw bytes; resolves with every answer message. */
function exchange(
  client: grpc.Client,
  method: GrpcMethod,
  requests: Uint8Array[],
  options: Exchange,
): Promise<Uint8Array[]> {
  options.signal?.throwIfAborted()
  const callOptions = { deadline: options.deadline }
  return new Promise((resolve, reject) => {
    const answers: Uint8Array[] = []
    const done = (error: grpc.ServiceError | null, answer?: Uint8Array) => {
      options.signal?.removeEventListener('abort', abort)
      if (error) reject(error)
      else resolve(answer ? [answer] : answers)
    }
    let call:
      | grpc.ClientUnaryCall
      | grpc.ClientReadableStream<Uint8Array>
      | grpc.ClientWritableStream<Uint8Array>
    if (!method.clientStreaming && !method.serverStreaming) {
      call = client.makeUnaryRequest(
        method.path,
        same,
        raw,
        requests[0]!,
        options.metadata,
        callOptions,
        (e, a) => done(e, a),
      )
    } else if (!method.clientStreaming) {
      const stream = client.makeServerStreamRequest(
        method.path,
        same,
        raw,
        requests[0]!,
        options.metadata,
        callOptions,
      )
      collect(stream, answers, options, done)
      call = stream
    } else if (!method.serverStreaming) {
      const stream = client.makeClientStreamRequest(
        method.path,
        same,
        raw,
        options.metadata,
        callOptions,
        (e, a) => done(e, a),
      )
      for (const request of requests) stream.write(request)
      stream.end()
      call = stream
    } else {
      const stream = client.makeBidiStreamRequest(
        method.path,
        same,
        raw,
        options.metadata,
        callOptions,
      )
      collect(stream, answers, options, done)
      for (const request of requests) stream.write(request)
      stream.end()
      call = stream
    }
    const abort = () => call.cancel()
    options.signal?.addEventListener('abort', abort, { once: true })
  })
}

/** A failure found on this side of the call, as the status it is reported with. */
function failure(code: grpc.status, details: string): grpc.ServiceError {
  return Object.assign(new Error(details), { code, details, metadata: new grpc.Metadata() })
}

/** The error of a streamed answer whose messages outgrow `maxBytes` together. */
const tooLarge = (maxBytes: number) =>
  failure(
    grpc.status.RESOURCE_EXHAUSTED,
    `the answer's messages take more than ${maxBytes} bytes in all; the call was cancelled`,
  )

function collect(
  stream: grpc.ClientReadableStream<Uint8Array> | grpc.ClientDuplexStream<Uint8Array, Uint8Array>,
  answers: Uint8Array[],
  options: Exchange,
  done: (error: grpc.ServiceError | null) => void,
) {
  let bytes = 0
  stream.on('data', (message: Uint8Array) => {
    bytes += message.byteLength
    if (bytes > options.maxBytes) {
      // Settle first: the cancellation's own CANCELLED error then finds the call over.
      done(tooLarge(options.maxBytes))
      stream.cancel()
      return
    }
    answers.push(message)
    try {
      options.onMessage(message, answers.length)
    } catch (error) {
      // thrown from a stream's event, it would end the process: it ends the call instead
      done(error as grpc.ServiceError)
      stream.cancel()
    }
  })
  stream.on('error', (error: grpc.ServiceError) => done(error))
  stream.on('end', () => done(null))
}
