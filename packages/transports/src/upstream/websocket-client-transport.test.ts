import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'
import { WebSocketClientTransport } from './websocket-client-transport.js'

describe('WebSocketClientTransport', () => {
  let wss: WebSocketServer
  let url: URL

  beforeAll(async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => 'mcp' })
    await new Promise<void>((resolve) => wss.once('listening', resolve))
    const address = wss.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    url = new URL(`ws://127.0.0.1:${address.port}/`)
    wss.on('connection', (socket) => {
      socket.on('message', (data: Buffer) => {
        const text = data.toString()
        if (text.includes('"batch"')) {
          socket.send(
            JSON.stringify([
              { jsonrpc: '2.0', method: 'notifications/a' },
              { jsonrpc: '2.0', method: 'notifications/b' },
            ]),
          )
        } else {
          socket.send('not json')
          socket.send(Buffer.from([1, 2, 3]), { binary: true })
          socket.send(text)
        }
      })
    })
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => wss.close(() => resolve()))
  })

  it('sends and receives JSON-RPC text frames, reporting bad frames as errors', async () => {
    const transport = new WebSocketClientTransport(url)
    const messages: unknown[] = []
    const errors: Error[] = []
    let closes = 0
    transport.onmessage = (message) => messages.push(message)
    transport.onerror = (error) => errors.push(error)
    transport.onclose = () => closes++
    await transport.start()
    await transport.send({ jsonrpc: '2.0', id: 1, method: 'ping' })
    await expect.poll(() => messages).toHaveLength(1)
    expect(messages[0]).toEqual({ jsonrpc: '2.0', id: 1, method: 'ping' })
    expect(errors).toHaveLength(2)
    await transport.send({ jsonrpc: '2.0', method: 'batch' })
    await expect.poll(() => messages).toHaveLength(3)
    await transport.close()
    await transport.close()
    expect(closes).toBe(1)
    await expect(transport.send({ jsonrpc: '2.0', method: 'x' })).rejects.toThrow('Not connected')
  })
})
