import { TranslateError } from './errors.js'
import { silentLogger, type Logger } from './logger.js'
import type { RemoteKind } from './remote-transport.js'
import { timerMs } from './seconds.js'

/** Options for {@link connectStdio}: the remote server, and the local streams to serve it on. */
export interface ConnectOptions {
  transport: RemoteKind
  url: string
  /** Sent with every request (`Authorization`, ...). */
  headers?: Record<string, string>
  /** Where the local client's lines come from; default `process.stdin`. */
  input?: NodeJS.ReadableStream
  /** Where messages for the local client go (nothing else); default `process.stdout`. */
  output?: NodeJS.WritableStream
  /** A request without an answer after this long gets a -32001 error; default 600000. */
  requestTimeoutMs?: number
  /**
   * A lost connection is reopened at once, then, while the server says nothing, after this wait,
   * doubling up to `maxReconnectDelayMs`. Default 500.
   */
  reconnectDelayMs?: number
  /** Default 10000. */
  maxReconnectDelayMs?: number
  /** Give up (and end) after this many reconnects without a word from the server; default unlimited. */
  maxReconnectAttempts?: number
  /** The first connect must succeed within this; default 15000. */
  connectTimeoutMs?: number
  /** Longest line from the local client; default 4 MiB. */
  maxMessageBytes?: number
  /** Default: says nothing. */
  logger?: Logger
}

/** {@link ConnectOptions} checked, with every default filled in. */
export interface ConnectSettings {
  url: URL
  headers: Record<string, string>
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
  logger: Logger
  timeoutMs: number
  reconnectDelayMs: number
  maxReconnectDelayMs: number
  connectTimeout: number
  maxMessageBytes: number
}

/** Checks `options` (a BAD_OPTION {@link TranslateError} names the one that is wrong) and fills in defaults. */
export function resolveConnectOptions(options: ConnectOptions): ConnectSettings {
  let url: URL
  try {
    url = new URL(options.url)
  } catch {
    throw new TranslateError('BAD_OPTION', `not a valid URL: "${options.url}"`)
  }
  const wantScheme = options.transport === 'websocket' ? /^wss?:$/ : /^https?:$/
  if (!wantScheme.test(url.protocol)) {
    const schemes = options.transport === 'websocket' ? 'ws: or wss:' : 'http: or https:'
    throw new TranslateError('BAD_OPTION', `the URL "${options.url}" must start with ${schemes}`)
  }
  return {
    url,
    headers: options.headers ?? {},
    input: options.input ?? process.stdin,
    output: options.output ?? process.stdout,
    logger: options.logger ?? silentLogger,
    timeoutMs: timerMs('requestTimeoutMs', options.requestTimeoutMs, 600_000, false),
    reconnectDelayMs: timerMs('reconnectDelayMs', options.reconnectDelayMs, 500, true),
    maxReconnectDelayMs: timerMs('maxReconnectDelayMs', options.maxReconnectDelayMs, 10_000, true),
    connectTimeout: timerMs('connectTimeoutMs', options.connectTimeoutMs, 15_000, false),
    maxMessageBytes: options.maxMessageBytes ?? 4 * 1024 * 1024,
  }
}
