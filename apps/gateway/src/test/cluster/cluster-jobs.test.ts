import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi, untilActive } from '../test-gateway.js'
import { startCluster, type Cluster, type Replica } from './replicas.js'

const flaky = fileURLToPath(new URL('../fixtures/flaky-upstream.mjs', import.meta.url))
const LEADS = 'this replica now runs the periodic jobs'

/** The pids a fixture file lists, one per line. */
function pids(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []
}

/** The processes whose parent is `ppid` (from /proc). */
function childrenOf(ppid: number | undefined): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // pid (comm) state ppid ...: comm may hold spaces, so read after its closing parenthesis.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === ppid
      } catch {
        return false
      }
    })
}

/** Replicas whose log says they took the periodic jobs, counting each announcement. */
function leaders(replicas: readonly Replica[]): number[] {
  return replicas.flatMap((replica) =>
    replica
      .stderr()
      .split(LEADS)
      .slice(1)
      .map(() => replica.index),
  )
}

/**
 * Three replicas with a stdio upstream each (every replica spawns its own child) and health checks
 * every second: exactly one replica discovers the upstream and pings it; kill that replica and
 * another one takes over within a few seconds.
 */
describe('periodic jobs on exactly one replica', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-jobs-'))
  const pings = join(dir, 'pings')
  let cluster: Cluster
  const clients: Client[] = []

  beforeAll(async () => {
    cluster = await startCluster({
      replicas: 3,
      env: { HEALTH_CHECK_INTERVAL: '1', LOG_LEVEL: 'info' },
    })
  }, 90_000)

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()))
    await cluster?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  /** The pid of the upstream child that `replica` calls through. */
  async function childOf(replica: Replica): Promise<string> {
    const client = new Client({ name: `jobs-${replica.index}`, version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${replica.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${cluster.adminToken}` } },
      }),
    )
    clients.push(client)
    const result = (await client.callTool({ name: 'flaky-ok', arguments: {} })) as {
      content: { text: string }[]
    }
    return /^ok from (\d+)$/.exec(result.content[0]?.text ?? '')?.[1] ?? 'none'
  }

  /** The pids that answered health pings during the next `ms`. */
  async function pingedDuring(ms: number): Promise<Set<string>> {
    writeFileSync(pings, '')
    await sleep(ms)
    return new Set(pids(pings))
  }

  it('discovers and health-checks an upstream from one replica, and hands over when it dies', async () => {
    expect(leaders(cluster.replicas)).toHaveLength(1)
    const leader = cluster.replicas[leaders(cluster.replicas)[0]!]!

    const gateway = await callApi(cluster.replicas[0]!.url, 'POST', '/gateways', {
      token: cluster.adminToken,
      body: {
        name: 'flaky',
        command: process.execPath,
        args: [flaky],
        env: { PINGS_FILE: pings },
      },
      status: 201,
    })
    await untilActive(cluster.replicas[0]!.url, gateway.id, { token: cluster.adminToken })
    // Only the leader discovered it: the followers have no upstream child yet.
    const discovering = childrenOf(leader.child.pid)
    expect(discovering.length).toBeGreaterThan(0)
    for (const replica of cluster.replicas)
      if (replica !== leader) expect(childrenOf(replica.child.pid)).toEqual([])

    // Calls need an upstream session on every replica: each spawns its own child.
    const children = new Map<number, string>()
    for (const replica of cluster.replicas) children.set(replica.index, await childOf(replica))
    expect(new Set(children.values()).size).toBe(3)
    expect(discovering).toContain(children.get(leader.index))

    // Health checks (every second) come from the leader only.
    expect(await pingedDuring(3_000)).toEqual(new Set([children.get(leader.index)]))

    await leader.stop('SIGKILL')
    const rest = cluster.replicas.filter((replica) => replica !== leader)
    const deadline = Date.now() + 15_000
    while (leaders(rest).length === 0) {
      if (Date.now() > deadline) throw new Error('no replica took the periodic jobs over')
      await sleep(100)
    }
    expect(leaders(rest)).toHaveLength(1)
    const next = leaders(rest)[0]!
    expect(await pingedDuring(3_000)).toEqual(new Set([children.get(next)]))
  })
})
