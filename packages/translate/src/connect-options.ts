import type { Logger } from './logger.js'
import type { RemoteKind } from './remote-transport.js'

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
