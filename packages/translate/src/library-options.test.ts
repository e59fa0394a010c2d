import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { connectStdio } from './connect.js'
import { TranslateError } from './errors.js'
import { exposeGrpc } from './expose-grpc.js'
import { exposeStdio } from './expose.js'

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

const refusal = (started: Promise<unknown>) =>
  started.then(
    () => expect.unreachable('started'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(TranslateError)
      return error as TranslateError
    },
  )

describe('library timer options', () => {
  it('connectStdio names a timer a Node.js timer cannot wait, before connecting', async () => {
    const url = 'http://127.0.0.1:9/mcp'
    const long = await refusal(
      connectStdio({ transport: 'streamablehttp', url, requestTimeoutMs: 3_000_000_000 }),
    )
    expect(long).toMatchObject({ code: 'BAD_OPTION' })
    expect(long.message).toBe(
      'requestTimeoutMs must be a positive whole number of milliseconds, at most 2147483000, got 3000000000',
    )
    const negative = await refusal(
      connectStdio({ transport: 'streamablehttp', url, reconnectDelayMs: -1 }),
    )
    expect(negative.message).toMatch(
      /^reconnectDelayMs must be a whole number of milliseconds \(0 or more\)/,
    )
    const fraction = await refusal(connectStdio({ transport: 'sse', url, connectTimeoutMs: 0.5 }))
    expect(fraction.message).toMatch(/^connectTimeoutMs .* got 0\.5$/)
  })

  it('exposeStdio refuses a bad timer without listening or starting the command', async () => {
    const port = await freePort()
    const base = {
      port,
      command: 'node -e "setInterval(() => {}, 1000)"',
      env: {},
      streamableHttp: true,
    }
    for (const [name, value] of [
      ['keepAliveMs', -5],
      ['sessionIdleMs', 0],
      ['requestTimeoutMs', Number.NaN],
      ['killGraceMs', 2 ** 31],
      ['startupCheckMs', 1.25],
    ] as const) {
      const error = await refusal(exposeStdio({ ...base, [name]: value }))
      expect(error.code).toBe('BAD_OPTION')
      expect(error.message.startsWith(`${name} must be `)).toBe(true)
    }
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    await new Promise((resolve) => server.close(resolve))
  })

  it('exposeGrpc refuses a bad timer before discovery', async () => {
    const error = await refusal(
      exposeGrpc({ target: '127.0.0.1:9', port: 0, streamableHttp: true, discoveryTimeoutMs: -1 }),
    )
    expect(error).toMatchObject({ code: 'BAD_OPTION' })
    expect(error.message).toMatch(/^discoveryTimeoutMs must be a positive whole number/)
  })
})

describe('a start whose signal has aborted already', () => {
  it('exposeStdio rejects with its reason, listening nowhere (was: listened, then started a probe)', async () => {
    // The port is taken: listening on it would fail with another error.
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as { port: number }
    const reason = new Error('stopped before the start')
    try {
      await expect(
        exposeStdio({
          port,
          command: 'node -e "setInterval(() => {}, 1000)"',
          env: {},
          streamableHttp: true,
          signal: AbortSignal.abort(reason),
        }),
      ).rejects.toBe(reason)
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  it('exposeGrpc rejects with its reason without asking the server', async () => {
    let reached = 0
    const silent = createServer((socket) => {
      reached++
      socket.destroy()
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    const reason = new Error('stopped before the start')
    try {
      await expect(
        exposeGrpc({
          target: `127.0.0.1:${port}`,
          port: 0,
          streamableHttp: true,
          signal: AbortSignal.abort(reason),
        }),
      ).rejects.toBe(reason)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(reached).toBe(0)
    } finally {
      await new Promise((resolve) => silent.close(resolve))
    }
  })
})
