import { DEFAULT_NEGOTIATED_PROTOCOL_VERSION, type Server } from '@modelcontextprotocol/server'
import { serveStdio as serveSdkStdio } from '@modelcontextprotocol/server/stdio'
import { deliverNotifications } from './deliver-notifications.js'
import { createFaceServer, sessionContext } from './face-server.js'
import { StdioLineTransport } from './stdio-line-transport.js'
import type { McpBackend, SessionContext } from './types.js'

/** Options for {@link serveStdio}. */
export interface StdioFaceOptions {
  backend: McpBackend
  /** Where the client's lines come from; default `process.stdin`. */
  input?: NodeJS.ReadableStream
  /** Where protocol messages (and nothing else) go; default `process.stdout`. */
  output?: NodeJS.WritableStream
  /**
   * Receives errors the wire does not show: backend failures answered as -32603, stream errors.
   * Default: one line on stderr each (never stdout, which carries only the protocol).
   */
  onError?: (error: unknown) => void
  /** Longest line; a longer one is answered with -32000 and the session goes on. Default 4 MiB. */
  maxMessageBytes?: number
}

/** One MCP session served over a pair of streams. */
export interface StdioFace {
  /** Resolves when the session has ended: the input ended or failed, or `close()` was called. */
  readonly closed: Promise<void>
  /**
   * Sends a notification to the client (list_changed, resources/updated, ...); on the modern
   * era change notifications go to its `subscriptions/listen` streams. Dropped before the client
   * has opened the session; never rejects (failures go to `onError`).
   */
  notify(method: string, params?: Record<string, unknown>): Promise<void>
  /** Ends the session (in-flight requests are aborted) without ending the streams. */
  close(): Promise<void>
}

/**
 * Serves MCP over stdio (newline-delimited JSON-RPC): a 2025-era client gets one legacy session
 * (`initialize`, server-to-client requests such as sampling), a 2026-era one the modern era
 * (`server/discover`, per-request `_meta`), as the SDK's own `serveStdio` decides.
 */
export function serveStdio(options: StdioFaceOptions): StdioFace {
  const { backend } = options
  const onError = options.onError ?? logToStderr
  let current: { server: Server; era: 'legacy' | 'modern'; closed: Promise<void> } | undefined
  const context = (): SessionContext =>
    current === undefined
      ? {
          sessionId: undefined,
          era: 'legacy',
          protocolVersion: DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
        }
      : sessionContext(current.server, current.era, undefined)
  const transport = new StdioLineTransport({
    input: options.input ?? process.stdin,
    output: options.output ?? process.stdout,
    maxMessageBytes: options.maxMessageBytes ?? 4 * 1024 * 1024,
    onReceive: (messages) => deliverNotifications(backend, messages, context, onError),
  })
  const handle = serveSdkStdio(
    ({ era }) => {
      const server = createFaceServer({
        backend,
        era,
        backendOf: () => undefined,
        relatedStreams: true,
        abortOnDisconnect: false,
        onError,
      })
      const closed = new Promise<void>((resolve) => (server.onclose = resolve))
      current = { server, era, closed }
      return server
    },
    { transport, onerror: onError },
  )
  const closed = transport.closed.then(() => current?.closed)
  return {
    closed,
    async notify(method, params) {
      const notification = { method, ...(params !== undefined && { params }) }
      await current?.server.notification(notification).catch(onError)
    },
    async close() {
      await handle.close()
      await closed
    },
  }
}

function logToStderr(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`switchyard stdio: ${message}\n`)
}
