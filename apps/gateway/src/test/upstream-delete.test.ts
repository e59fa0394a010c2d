import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, listen } from './test-gateway.js'

/** Deleting a stdio upstream while the gateway is still connecting to it. */

const flaky = fileURLToPath(new URL('./fixtures/flaky-upstream.mjs', import.meta.url))

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('a stdio upstream deleted while it connects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-delete-'))
  let gw: RunningGateway
  const api = (method: string, path: string, body?: unknown) =>
    callApi(gw.url, method, path, { body })

  beforeAll(async () => {
    // a 4 s connect gives the era probe of a stdio upstream 2 s
    gw = await listen(dir, {
      AUTH_REQUIRED: 'false',
      HEALTH_CHECK_INTERVAL: '0',
      DISCOVERY_TIMEOUT_SECONDS: '4',
    })
  }, 30_000)
  afterAll(async () => {
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stops its child and never starts it again', async () => {
    const starts = join(dir, 'starts')
    const started = () =>
      existsSync(starts) ? readFileSync(starts, 'utf8').trim().split('\n').map(Number) : []
    // never answering server/discover keeps the connect in its era probe
    const gateway = await api('POST', '/gateways', {
      name: 'probing',
      command: process.execPath,
      args: [flaky],
      env: { STARTS_FILE: starts, SILENT: 'server/discover' },
    })
    await expect.poll(started, { timeout: 10_000 }).toHaveLength(1)
    expect((await api('GET', `/gateways/${gateway.id}`)).status).toBe('pending')
    await api('DELETE', `/gateways/${gateway.id}`)
    const [pid = 0] = started()
    await expect.poll(() => alive(pid), { timeout: 5_000 }).toBe(false)
    // past the probe's 2 s and the whole connect's 4 s
    await delay(5_000)
    expect(started()).toEqual([pid])
  }, 30_000)
})
