import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { miniServerScript } from './fixtures/test-everything.js'
import { isAlive } from './process-tree.js'
import { isUpstreamError } from './upstream-error.js'
import type { UpstreamOptions } from './upstream-options.js'
import type { UpstreamSession } from './upstream-session.js'

const legacy = { era: 'legacy', protocolVersion: '2025-11-25' } as const
const open: UpstreamSession[] = []

async function mini(flags: string[], options: Partial<UpstreamOptions> = {}) {
  const stderr: string[] = []
  const session = await connectUpstream({
    transport: 'stdio',
    command: process.execPath,
    args: [miniServerScript, ...flags],
    onStderr: (line) => stderr.push(line),
    ...options,
  })
  open.push(session)
  return { session, stderr }
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((session) => session.close()))
})

describe('a stdio upstream’s lifecycle (mini fixture server)', () => {
  it('negotiates a legacy server that rejects server/discover; stderr comes in lines', async () => {
    const { session, stderr } = await mini([])
    expect(session.era).toEqual(legacy)
    expect(session.serverInfo).toEqual({ name: 'mini', version: '1.0.0' })
    expect(stderr).toContain('mini server ready')
    expect(stderr).toContain('second line')
    expect(stderr).toContain('got initialize')
    expect(stderr).not.toContain('got server/discover')
  })

  it('sends notifications/cancelled upstream when a call is aborted or times out', async () => {
    const { session, stderr } = await mini([], { prior: legacy })
    const controller = new AbortController()
    const call = session.request('tools/call', { name: 'hang' }, { signal: controller.signal })
    controller.abort()
    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
    const timeout: unknown = await session
      .request('tools/call', { name: 'hang' }, { timeoutMs: 100 })
      .catch((e: unknown) => e)
    expect(isUpstreamError(timeout, 'TIMEOUT')).toBe(true)
    await expect
      .poll(() => stderr.filter((line) => line === 'got notifications/cancelled'))
      .toHaveLength(2)
  })

  it('rejects the pending call and fires onClose when the child crashes mid-call, naming the upstream', async () => {
    const closes: (Error | undefined)[] = []
    const { session } = await mini([], {
      name: 'mini-one',
      prior: legacy,
      onClose: (error) => closes.push(error),
    })
    const started = Date.now()
    const error: unknown = await session
      .request('tools/call', { name: 'crash' })
      .catch((e: unknown) => e)
    expect(isUpstreamError(error, 'CLOSED')).toBe(true)
    const named = `upstream 'mini-one' (stdio "${process.execPath}")`
    expect((error as Error).message).toContain(named)
    expect(Date.now() - started).toBeLessThan(5000)
    await expect.poll(() => closes).toHaveLength(1)
    expect(isUpstreamError(closes[0], 'CLOSED')).toBe(true)
    // with what the child said last on stderr (the fixture tells each message it gets)
    expect(closes[0]?.message).toBe(
      `${named} ended the session; its stderr ended with: got initialize | got notifications/initialized | got tools/call`,
    )
    expect(session.closed).toBe(true)
    const later: unknown = await session.ping().catch((e: unknown) => e)
    expect(isUpstreamError(later, 'CLOSED')).toBe(true)
    expect((later as Error).message).toBe(`${named}: the session is closed`)
  })

  it('fails calls in flight with CLOSED when closed, and sends notifications', async () => {
    const { session, stderr } = await mini([], { prior: legacy })
    await session.notify('notifications/custom', { note: 1 })
    await expect.poll(() => stderr).toContain('got notifications/custom')
    const call = session.request('tools/call', { name: 'hang' }).catch((e: unknown) => e)
    await session.close()
    const error = await call
    expect(isUpstreamError(error, 'CLOSED')).toBe(true)
  })

  it('ends the whole process tree on close', async () => {
    const { session, stderr } = await mini(['--grandchild'], { prior: legacy })
    const line = stderr.find((entry) => entry.startsWith('grandchild '))
    const grandchild = Number(line?.split(' ')[1])
    const child = session.pid ?? 0
    expect(isAlive(grandchild)).toBe(true)
    await session.close()
    expect(isAlive(child)).toBe(false)
    expect(isAlive(grandchild)).toBe(false)
  })

  it('kills a child that ignores SIGTERM after the 2 s grace', async () => {
    const { session, stderr } = await mini(['--stubborn'], { prior: legacy })
    const child = session.pid ?? 0
    const started = Date.now()
    await session.close()
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900)
    expect(isAlive(child)).toBe(false)
    expect(stderr).toContain('ignoring SIGTERM')
  })

  it('gives the child a safe default environment plus the env it was given', async () => {
    process.env.SWITCHYARD_TEST_PARENT_SECRET = 'must-not-leak'
    try {
      const { session } = await mini([], { prior: legacy, env: { GIVEN: 'yes' } })
      const result = await session.request('tools/call', { name: 'env' })
      const content = result.content as { text: string }[]
      const env = JSON.parse(content[0]?.text ?? '{}') as Record<string, string>
      expect(env.GIVEN).toBe('yes')
      expect(env.PATH).toBe(process.env.PATH)
      expect(env).not.toHaveProperty('SWITCHYARD_TEST_PARENT_SECRET')
    } finally {
      delete process.env.SWITCHYARD_TEST_PARENT_SECRET
    }
  })

  it('answers upstream requests through onRequest; errors pass as JSON-RPC errors', async () => {
    const { session } = await mini([], {
      prior: legacy,
      capabilities: { roots: {} },
      onRequest: (method) =>
        method === 'roots/list'
          ? Promise.resolve({ roots: [{ uri: 'file:///tmp', name: 'tmp' }] })
          : Promise.reject(new Error('unexpected')),
    })
    const result = await session.request('tools/call', { name: 'ask' })
    expect(JSON.stringify(result)).toContain('file:///tmp')
    const error: unknown = await session
      .request('tools/call', { name: 'missing' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'REMOTE',
      rpcCode: -32602,
      message: 'Unknown tool: missing',
      data: { tool: true },
    })
  })

  it('aborts the onRequest signal and reports the upstream’s notifications/cancelled', async () => {
    const notifications: [string, unknown][] = []
    let aborted: unknown
    const { session } = await mini([], {
      prior: legacy,
      capabilities: { roots: {} },
      onNotification: (method, params) => notifications.push([method, params]),
      onRequest: (_method, _params, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = signal.reason
            reject(new Error('aborted'))
          })
        }),
    })
    const result = await session.request('tools/call', { name: 'ask-cancel' })
    expect(JSON.stringify(result)).toContain('asked and cancelled')
    await expect.poll(() => aborted).toBe('changed my mind')
    expect(notifications).toContainEqual([
      'notifications/cancelled',
      { requestId: expect.stringMatching(/^ask-/) as unknown, reason: 'changed my mind' },
    ])
  })

  it('leaves no child behind when the connect times out', async () => {
    const pids: number[] = []
    const before = Date.now()
    const error: unknown = await connectUpstream({
      transport: 'stdio',
      command: process.execPath,
      args: [
        '-e',
        'process.stderr.write(String(process.pid) + "\\n"); setInterval(() => {}, 1000)',
      ],
      prior: legacy,
      connectTimeoutMs: 500,
      onStderr: (line) => pids.push(Number(line)),
    }).catch((e: unknown) => e)
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
    expect(Date.now() - before).toBeLessThan(3000)
    await delay(50)
    expect(pids).toHaveLength(1)
    expect(isAlive(pids[0] ?? 0)).toBe(false)
  })
  it('stops the era probe when the connect is cancelled, and starts no child after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-cancel-'))
    const starts = join(dir, 'starts')
    const started = () =>
      existsSync(starts) ? readFileSync(starts, 'utf8').trim().split('\n') : []
    const cancel = new AbortController()
    try {
      const connecting = connectUpstream({
        transport: 'stdio',
        command: process.execPath,
        // answers nothing, so the server/discover probe waits for its 1 s
        args: [
          '-e',
          `require('fs').appendFileSync(${JSON.stringify(starts)}, process.pid + '\\n'); setInterval(() => {}, 1000)`,
        ],
        connectTimeoutMs: 2000,
        signal: cancel.signal,
      }).catch((e: unknown) => e)
      await expect.poll(started).toHaveLength(1)
      const before = Date.now()
      cancel.abort()
      const error = await connecting
      expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
      expect((error as Error).message).toMatch(/the connect was cancelled/)
      expect(Date.now() - before).toBeLessThan(1000)
      await expect.poll(() => isAlive(Number(started()[0]))).toBe(false)
      await delay(1500)
      expect(started()).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
