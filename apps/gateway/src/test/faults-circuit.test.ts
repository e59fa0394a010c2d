import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, freePort, listen, untilActive } from './test-gateway.js'

const echo = fileURLToPath(new URL('./fixtures/echo-upstream.mjs', import.meta.url))

/**
 * An upstream killed mid-traffic: calls fail fast with an error naming it, the circuit breaker
 * stops reaching for it, and once it is back the next probe closes the circuit by itself.
 */
describe('a killed upstream behind a circuit breaker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-circuit-'))
  let gw: RunningGateway
  let upstream: ChildProcess | undefined
  let port: number
  let client: Client

  async function startUpstream(): Promise<void> {
    upstream = spawn(process.execPath, [echo], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    await new Promise((resolve) => upstream!.stdout!.once('data', resolve))
  }

  const call = () =>
    client.callTool({ name: 'echo-echo', arguments: { message: 'hi' } }).then(
      (result) => ({ ok: true as const, result }),
      (error: { code?: number; message: string }) => ({ ok: false as const, error }),
    )

  beforeAll(async () => {
    port = await freePort()
    await startUpstream()
    gw = await listen(dir, { AUTH_REQUIRED: 'false', HEALTH_CHECK_INTERVAL: '0' })
    const created = await callApi(gw.url, 'POST', '/gateways', {
      body: { name: 'echo', url: `http://127.0.0.1:${port}/mcp` },
    })
    await untilActive(gw.url, created.id)
    client = new Client(
      { name: 'circuit', version: '1.0.0' },
      { versionNegotiation: { mode: { pin: '2026-07-28' } } },
    )
    await client.connect(new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`)))
  }, 60_000)
  afterAll(async () => {
    await client?.close()
    upstream?.kill('SIGKILL')
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('fails fast while open, does not reach for the upstream, and closes once it is back', async () => {
    expect((await call()).ok).toBe(true)
    upstream!.kill('SIGKILL')
    await new Promise((resolve) => upstream!.once('exit', resolve))
    // Whatever now listens on the upstream's port counts the gateway's attempts to reach it.
    let attempts = 0
    const counter: Server = createServer((socket) => {
      attempts++
      socket.destroy()
    })
    await new Promise<void>((resolve) => counter.listen(port, '127.0.0.1', resolve))
    try {
      const failures = []
      for (let i = 0; i < 3; i++) failures.push(await call())
      expect(failures.every((f) => !f.ok)).toBe(true)
      // Before the circuit opens each failure says which upstream failed and how.
      for (const failure of failures)
        if (!failure.ok)
          expect(failure.error.message).toMatch(
            new RegExp(`upstream ('echo'|http://127\\.0\\.0\\.1:${port}/mcp)`),
          )
      const tripped = attempts
      expect(tripped).toBeGreaterThan(0)

      const started = Date.now()
      const fast = []
      for (let i = 0; i < 20; i++) fast.push(await call())
      const elapsed = Date.now() - started
      expect(elapsed).toBeLessThan(1000)
      for (const failure of fast) {
        expect(failure.ok).toBe(false)
        if (failure.ok) continue
        expect(failure.error.code).toBe(-32012)
        expect(failure.error.message).toMatch(
          /upstream 'echo' is unavailable: \d+ calls in a row failed/,
        )
      }
      // Open: twenty calls and not one connection attempt.
      expect(attempts).toBe(tripped)
    } finally {
      await new Promise((resolve) => counter.close(resolve))
    }

    await startUpstream()
    // The cool-down (1 s) lets one probe through; its success closes the circuit.
    await sleep(1100)
    const back = await call()
    expect(back.ok).toBe(true)
    if (back.ok) expect(back.result.content).toEqual([{ type: 'text', text: 'hi' }])
    for (let i = 0; i < 5; i++) expect((await call()).ok).toBe(true)
  }, 30_000)
})
