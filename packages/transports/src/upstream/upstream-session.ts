import type { TraceContext } from '../trace-context.js'
import type { NegotiatedEra } from './upstream-options.js'

/** One progress report from an upstream for a request in flight. */
export interface UpstreamProgress {
  progress: number
  total?: number
  message?: string
}

/** Options for one upstream request. */
export interface UpstreamRequestOptions {
  /** Aborting cancels the request upstream; the call then rejects with the signal's reason. */
  signal?: AbortSignal
  /** Overrides the session's requestTimeoutMs; on expiry the request is cancelled upstream. */
  timeoutMs?: number
  /** Asks the upstream for progress (a progress token is added to `_meta`). */
  onProgress?: (progress: UpstreamProgress) => void
  /**
   * Logging messages (`notifications/message` params) the upstream sends on this request's own
   * stream; without it they go to the session's onNotification. Requests the SDK client carries
   * (the 2025 era, other transports) report logging to onNotification only.
   */
  onLog?: (params: Record<string, unknown>) => void
  /**
   * For tools/call to a 2026-era upstream: the tool's input schema, whose `x-mcp-header`
   * parameters travel as `Mcp-Param-*` headers (otherwise taken from the session's last tools/list).
   */
  inputSchema?: Record<string, unknown>
  /**
   * Continued upstream: added to the request's `_meta` and, for a 2026-era `tools/call` (one POST
   * of its own), sent as `traceparent` / `tracestate` headers too.
   */
  traceContext?: TraceContext
  /**
   * Caller headers the upstream sees on this request when it travels as an HTTP POST of its own
   * (streamable HTTP in either era, and SSE); WebSocket and stdio carry none. They never replace the
   * session's own headers, `Authorization`, `Content-Type`, `Accept` or an `Mcp-*` header.
   */
  headers?: Readonly<Record<string, string>>
}

/** A list an upstream serves in pages. */
export type UpstreamListKind = 'tools' | 'resources' | 'resourceTemplates' | 'prompts'

/** A live MCP session with one upstream server, in either protocol era. */
export interface UpstreamSession {
  readonly era: NegotiatedEra
  readonly serverInfo: { name: string; version: string; [k: string]: unknown }
  readonly capabilities: Record<string, unknown>
  readonly instructions: string | undefined
  readonly closed: boolean
  /** The stdio child's process id; undefined for network transports. */
  readonly pid: number | undefined
  request(
    method: string,
    params?: Record<string, unknown>,
    options?: UpstreamRequestOptions,
  ): Promise<Record<string, unknown>>
  notify(method: string, params?: Record<string, unknown>): Promise<void>
  listAll(kind: UpstreamListKind): Promise<Record<string, unknown>[]>
  /**
   * Upstreams that support subscriptions: the resources whose updates should reach onNotification.
   * Replaces the previous list: a 2026-era listen stream re-opens with them; a 2025-era upstream is
   * sent `resources/subscribe` for each new one and `resources/unsubscribe` for each dropped one.
   */
  watchResources(uris: readonly string[]): void
  ping(): Promise<void>
  close(): Promise<void>
}

/**
 * A session that is `session` in every respect except the given methods: for wrappers that watch
 * requests (supervision, tracing) or closing.
 */
export function wrapSession(
  session: UpstreamSession,
  overrides: Partial<Pick<UpstreamSession, 'request' | 'listAll' | 'ping' | 'close'>>,
): UpstreamSession {
  return {
    get era() {
      return session.era
    },
    get serverInfo() {
      return session.serverInfo
    },
    get capabilities() {
      return session.capabilities
    },
    get instructions() {
      return session.instructions
    },
    get closed() {
      return session.closed
    },
    get pid() {
      return session.pid
    },
    request:
      overrides.request ?? ((method, params, options) => session.request(method, params, options)),
    notify: (method, params) => session.notify(method, params),
    listAll: overrides.listAll ?? ((kind) => session.listAll(kind)),
    watchResources: (uris) => session.watchResources(uris),
    ping: overrides.ping ?? (() => session.ping()),
    close: overrides.close ?? (() => session.close()),
  }
}
