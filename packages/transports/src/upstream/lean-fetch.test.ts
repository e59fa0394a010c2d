import { getEventListeners } from 'node:events'
import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createLeanFetch } from './lean-fetch.js'

const ANSWER =
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n{}'

/**
 * A server that answers the first request on each connection and, like an upstream whose idle
 * timeout has just run out, resets the connection when a second request arrives on it.
 */
function startResettingServer(): Promise<{
  server: Server
  url: string
  connections: () => number
}> {
  let connections = 0
  const server = createServer((socket: Socket) => {
    connections++
    let requests = 0
    socket.on('data', (chunk) => {
      if (!chunk.toString().includes('\r\n\r\n')) return
      requests++
      if (requests === 1) socket.write(ANSWER)
      else socket.resetAndDestroy()
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      resolve({ server, url: `http://127.0.0.1:${port}/mcp`, connections: () => connections })
    })
  })
}

describe('createLeanFetch', () => {
  const closers: (() => void)[] = []
  afterEach(() => {
    for (const close of closers.splice(0)) close()
  })

  it('takes more requests in flight on one signal than node warns about, and lets go of each', async () => {
    const held: Socket[] = []
    const server = createServer((socket: Socket) => {
      socket.once('data', () => held.push(socket))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const lean = createLeanFetch()
    closers.push(() => server.close(), lean.close)
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/mcp`
    const warnings: Error[] = []
    const warned = (warning: Error) => warnings.push(warning)
    process.on('warning', warned)
    const shared = new AbortController()
    const calls = Array.from({ length: 12 }, () =>
      lean.fetch(url, { method: 'POST', body: '{}', signal: shared.signal }),
    )
    await expect.poll(() => held.length).toBe(12)
    for (const socket of held) socket.end(ANSWER)
    for (const answer of await Promise.all(calls)) expect(await answer.text()).toBe('{}')
    await new Promise((resolve) => setImmediate(resolve))
    process.off('warning', warned)
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning')
    expect(getEventListeners(shared.signal, 'abort')).toHaveLength(0)
  })

  it('sends a request again, once, when the kept-alive socket it reused was reset', async () => {
    const { server, url, connections } = await startResettingServer()
    const lean = createLeanFetch()
    closers.push(() => server.close(), lean.close)
    const post = () => lean.fetch(url, { method: 'POST', body: '{"jsonrpc":"2.0"}' })
    const first = await post()
    expect(first.status).toBe(200)
    expect(await first.text()).toBe('{}')
    // Reuses the idle socket, which the server resets: answered on a new connection instead.
    const again = await post()
    expect(again.status).toBe(200)
    expect(await again.text()).toBe('{}')
    expect(connections()).toBe(2)
  })

  it('resends a direct POST once too, and destroys it at its deadline', async () => {
    const { server, url, connections } = await startResettingServer()
    const lean = createLeanFetch()
    closers.push(() => server.close(), lean.close)
    const timeout = { ms: 5000, error: () => new Error('deadline') }
    const post = () => lean.post(new URL(url), { headers: {}, body: '{"jsonrpc":"2.0"}', timeout })
    expect(await (await post()).text()).toBe('{}')
    expect(await (await post()).text()).toBe('{}')
    expect(connections()).toBe(2)

    const silent = createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    closers.push(() => silent.close())
    const { port } = silent.address() as { port: number }
    const short = { ms: 100, error: () => new Error('deadline') } as {
      ms: number
      error: () => Error
      fired?: Error
    }
    await expect(
      lean.post(new URL(`http://127.0.0.1:${port}/mcp`), {
        headers: {},
        body: '{}',
        timeout: short,
      }),
    ).rejects.toThrow('deadline')
    expect(short.fired?.message).toBe('deadline')
  })

  it('does not retry a reset on a fresh socket', async () => {
    const server = createServer((socket) => socket.on('data', () => socket.resetAndDestroy()))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    const lean = createLeanFetch()
    closers.push(() => server.close(), lean.close)
    await expect(
      lean.fetch(`http://127.0.0.1:${port}/mcp`, { method: 'POST', body: '{}' }),
    ).rejects.toMatchObject({ code: 'ECONNRESET' })
  })
})
