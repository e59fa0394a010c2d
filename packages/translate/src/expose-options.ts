import type { Logger } from './logger.js'

/** Where a bridge listens and which MCP faces it opens: what every bridge's options share. */
export interface BridgeHttpOptions {
  /** TCP port; 0 picks a free one. */
  port: number
  /** Default `127.0.0.1`. */
  host?: string
  /** Legacy HTTP+SSE at `ssePath` + `messagePath`. */
  sse?: boolean
  /** Streamable HTTP at `mcpPath`. */
  streamableHttp?: boolean
  /** JSON-RPC over WebSocket at `wsPath`. */
  websocket?: boolean
  /** Default `/sse`. */
  ssePath?: string
  /** Default `/message`. */
  messagePath?: string
  /** Default `/mcp`. */
  mcpPath?: string
  /** Default `/ws`. */
  wsPath?: string
  /** Default `/healthz`. */
  healthPath?: string
  /** SSE `: ping` comments this often; default 30000, 0 for none. */
  keepAliveMs?: number
  /** Streamable HTTP answers one JSON body instead of an SSE stream; default false. */
  jsonResponse?: boolean
  /** Clients must send `Authorization: Bearer <this>`; default none. */
  oauth2Bearer?: string
  /** A streamable HTTP session without traffic or stream for this long ends; default 1800000. */
  sessionIdleMs?: number
  /** Largest POST body or WebSocket frame (and, for stdio, longest line); default 4 MiB. */
  maxMessageBytes?: number
  /** Default: says nothing. */
  logger?: Logger
  /**
   * Aborting it stops a start in progress (the startup check's child is ended, gRPC discovery is
   * no longer waited for) and the start rejects with its reason; one aborted already starts
   * nothing. A started bridge is not touched.
   */
  signal?: AbortSignal
}

/** Options for {@link exposeStdio}: which faces to open, where, and how sessions behave. */
export interface ExposeOptions extends BridgeHttpOptions {
  /** The stdio MCP server, a shell command line (`npx -y @modelcontextprotocol/server-everything`). */
  command: string
  /** The environment every child starts from; default `process.env` is NOT implied, pass it. */
  env: Record<string, string>
  /** Allowed CORS origins (`*` for any); default none (no CORS headers). */
  cors?: readonly string[]
  /** Streamable HTTP without sessions, over one shared server; default false. */
  stateless?: boolean
  /** One server for every session, ids renumbered; default false (a child per session). */
  shared?: boolean
  /** Request header to environment variable, per session; needs a child per session. */
  headerToEnv?: Readonly<Record<string, string>>
  /** A request without an answer after this long gets a -32001 error; default 600000. */
  requestTimeoutMs?: number
  /** Between SIGTERM and SIGKILL when a child is ended; default 2000. */
  killGraceMs?: number
  /** The command must survive this long at startup; default 1000, 0 skips the check. */
  startupCheckMs?: number
}
