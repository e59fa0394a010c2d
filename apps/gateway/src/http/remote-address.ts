import type { IncomingMessage } from 'node:http'
import type { Context } from 'hono'

/** The client's address from the socket (`@hono/node-server` binds `incoming`); never from headers. */
export function remoteAddressOf(c: Context): string | undefined {
  const env = c.env as { incoming?: IncomingMessage } | undefined
  return env?.incoming?.socket.remoteAddress
}
