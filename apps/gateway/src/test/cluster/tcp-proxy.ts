import { createServer, connect, type Socket } from 'node:net'

/** A loopback TCP proxy a test can cut, to take PostgreSQL or Redis away from one replica only. */
export interface TcpProxy {
  port: number
  /** Drops every open connection and refuses new ones (resets them) until restore(). */
  cut(): void
  restore(): void
  close(): Promise<void>
}

/** Forwards 127.0.0.1:<port> to 127.0.0.1:`target`. */
export async function startTcpProxy(target: number): Promise<TcpProxy> {
  const open = new Set<Socket>()
  let down = false
  const server = createServer((client) => {
    if (down) return void client.resetAndDestroy()
    const upstream = connect(target, '127.0.0.1')
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        open.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no port')
  return {
    port: address.port,
    cut() {
      down = true
      for (const socket of open) socket.resetAndDestroy()
    },
    restore() {
      down = false
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
