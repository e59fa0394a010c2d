import type { FetchLike } from '@modelcontextprotocol/client'
import type { LookupFunction } from 'node:net'

/** How Switchyard reaches an upstream MCP server. */
export type UpstreamTransport = 'streamablehttp' | 'sse' | 'websocket' | 'stdio'

/** Where an upstream lives: a URL for network transports, a command for stdio. */
export interface UpstreamTarget {
  transport: UpstreamTransport
  /**
   * What errors call the upstream (a registered name): `upstream 'name'`, with the transport and
   * URL or command as detail. Without it, the transport and URL or command alone.
   */
  name?: string
  /** Credentials in the URL become a Basic Authorization header for HTTP transports. */
  url?: string
  headers?: Record<string, string>
  command?: string
  args?: readonly string[]
  /** Added to a safe default environment (PATH, HOME, USER, SHELL, TERM, LOGNAME). */
  env?: Record<string, string>
  cwd?: string
  /**
   * Resolves the host of a network upstream (HTTP, SSE, WebSocket) for every connection; an error
   * fails the connection (an outbound address policy goes here).
   */
  lookup?: LookupFunction
  /**
   * Wraps every HTTP request of a streamable HTTP or SSE session, and a WebSocket session's
   * handshake, e.g. to present a DPoP-bound token with a fresh proof each time. Such a streamable
   * HTTP session sends every request through the SDK's client (no direct 2026-era path).
   */
  wrapFetch?: (fetch: FetchLike) => FetchLike
}

/** The protocol era an upstream speaks, found at connect; cache it and pass it back as `prior`. */
export interface NegotiatedEra {
  era: 'legacy' | 'modern'
  protocolVersion: string
  /** The upstream's `server/discover` result (modern era only); lets a connect skip the probe. */
  discover?: Record<string, unknown>
}

/** Options for connectUpstream. */
export interface UpstreamOptions extends UpstreamTarget {
  /** Default `{ name: 'switchyard', version: '0.1.0' }`. */
  clientInfo?: { name: string; version: string }
  /** The whole connect (spawn, negotiation, handshake) must finish within this; default 15000. */
  connectTimeoutMs?: number
  /**
   * Cancels the connect (an upstream deleted meanwhile): a stdio child is stopped, none is started
   * after, and connectUpstream rejects with CONNECT_FAILED.
   */
  signal?: AbortSignal
  /** Default per-request timeout; default 60000. */
  requestTimeoutMs?: number
  /** A cached era: legacy skips the probe; modern with `discover` skips every round trip. */
  prior?: NegotiatedEra
  /** Client capabilities to announce (sampling, elicitation, roots, ...). */
  capabilities?: Record<string, unknown>
  /** list_changed, logging, resources/updated, cancelled, and progress no onProgress asked for. */
  onNotification?: (method: string, params: Record<string, unknown> | undefined) => void
  /** Answers upstream requests and modern input_required rounds; a rejection is sent back. */
  onRequest?: (
    method: string,
    params: Record<string, unknown> | undefined,
    signal: AbortSignal,
  ) => Promise<Record<string, unknown>>
  /**
   * A modern upstream's input_required result: 'answer' it through onRequest (the default when
   * onRequest is given) or 'return' it to the caller (a gateway asks its own client in turn).
   */
  inputRequired?: 'answer' | 'return'
  /** The stdio child's stderr, line by line. */
  onStderr?: (line: string) => void
  /** Fires once: with no error after close(), with a CLOSED UpstreamError if the upstream ended. */
  onClose?: (error?: Error) => void
}
