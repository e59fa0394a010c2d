import type { JsonRpcMessage } from './json-rpc.js'

/** Where a client session's messages go: a child of its own, or its share of a shared child. */
export interface ServerLink {
  send(message: JsonRpcMessage): void
  /** Ends the link (a child of its own is ended with its process tree). */
  close(): Promise<void>
}

/** What a link tells its session. */
export interface LinkHandlers {
  onMessage(message: JsonRpcMessage): void
  /** The server side ended by itself (not through `close()`); `reason` is for humans. */
  onClose(reason: string): void
}

/** Opens a link for one client session; `env` holds the session's `--header-to-env` values. */
export type LinkFactory = (handlers: LinkHandlers, env: Record<string, string>) => ServerLink
