import { execFileSync } from 'node:child_process'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCluster, type Cluster, type Replica } from './replicas.js'
import { serveSessionUpstream, untilServing } from './session-setup.js'

const text = (result: unknown) => (result as { content: { text: string }[] }).content[0]?.text

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(Number)
  } catch {
    return []
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM on a replica: calls under way finish (up to the deadline), then everything closes. */
describe('graceful shutdown', () => {
  let cluster: Cluster
  let mcpPath: string
  const redis = new Redis('redis://127.0.0.1:6379')
  const auth = () => ({ authorization: `Bearer ${cluster.adminToken}` })

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 2, env: { SHUTDOWN_TIMEOUT_SECONDS: '3' } })
    mcpPath = await serveSessionUpstream(cluster)
  }, 90_000)
  afterAll(async () => {
    await cluster?.dispose()
    await redis.quit()
  })

  async function sessionsOn(replica: Replica) {
    const legacy = new Client(
      { name: 'draining', version: '1.0.0' },
      { versionNegotiation: { mode: 'legacy' } },
    )
    const transport = new StreamableHTTPClientTransport(new URL(`${replica.url}${mcpPath}`), {
      requestInit: { headers: auth() },
    })
    await legacy.connect(transport)
    // A legacy HTTP+SSE stream, read raw so that its end shows (an EventSource would reconnect).
    const sse = await fetch(`${replica.url}${mcpPath.replace(/\/mcp$/, '/sse')}`, {
      headers: { ...auth(), accept: 'text/event-stream' },
    })
    expect(sse.status).toBe(200)
    const reader = (sse.body as ReadableStream<Uint8Array>).getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toContain('event: endpoint')
    let sseEnded = false
    const drain = async (): Promise<void> => {
      while (!(await reader.read().catch(() => ({ done: true }))).done);
      sseEnded = true
    }
    void drain()
    expect(text(await legacy.callTool({ name: 'sessions-ok', arguments: {} }))).toMatch(/^ok/)
    const children = childrenOf(replica.child.pid!)
    expect(children.length).toBeGreaterThan(0)
    return { legacy, sessionId: transport.sessionId!, sseEnded: () => sseEnded, children }
  }

  it('lets a slow call finish, refuses new connections, closes sessions and leaves no child', async () => {
    const replica = cluster.replicas[1]!
    const { legacy, sessionId, sseEnded, children } = await sessionsOn(replica)
    expect(await redis.get(`${cluster.prefix}session:${sessionId}`)).toBe(replica.url)

    const slow = legacy.callTool({ name: 'sessions-slow', arguments: { ms: 1500 } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = Date.now()
    const exited = replica.stop('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await expect(fetch(`${replica.url}/health`)).rejects.toThrow()

    expect(text(await slow)).toBe('slow done')
    expect(await exited).toBe(0)
    expect(Date.now() - started).toBeLessThan(3000)
    await expect.poll(sseEnded, { timeout: 1000 }).toBe(true)
    expect(await redis.get(`${cluster.prefix}session:${sessionId}`)).toBeNull()
    for (const pid of children) expect(alive(pid)).toBe(false)
    await legacy.close()
  }, 30_000)

  it('gives up on a call that outlasts SHUTDOWN_TIMEOUT_SECONDS, and still exits 0', async () => {
    const replica = await cluster.restart(1)
    await untilServing(replica.url, mcpPath, cluster.adminToken)
    const { legacy, children } = await sessionsOn(replica)
    const slow = legacy.callTool({ name: 'sessions-slow', arguments: { ms: 20_000 } }).then(
      () => 'answered',
      (error: Error) => error.message,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = Date.now()
    expect(await replica.stop('SIGTERM')).toBe(0)
    const took = Date.now() - started
    expect(took).toBeGreaterThanOrEqual(2900)
    expect(took).toBeLessThan(6000)
    expect(await slow).toMatch(/shutting down and this call did not finish in time/)
    for (const pid of children) expect(alive(pid)).toBe(false)
    await legacy.close()
  }, 30_000)
})
