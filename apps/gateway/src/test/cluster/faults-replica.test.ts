import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCluster, type Cluster } from './replicas.js'
import { balancedFetch, serveSessionUpstream } from './session-setup.js'

/** A client calling in a loop through a load balancer; reconnects (a new session) after a failure. */
interface Worker {
  calls: number
  errors: string[]
  reconnects: number
  callsAfterReconnect: number
  done: Promise<void>
}

/**
 * Three replicas under steady legacy-session traffic; one is killed (SIGKILL). The clients of the
 * others, including one whose requests the dead replica never saw but that are relayed, see no
 * error; the dead one's client reconnects through the balancer and carries on.
 */
describe('a replica killed mid-traffic', () => {
  let cluster: Cluster
  let mcpPath: string
  let running = true
  const dead = new Set<number>()

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 3 })
    mcpPath = await serveSessionUpstream(cluster)
  }, 90_000)
  afterAll(async () => {
    running = false
    await cluster?.dispose()
  })

  async function connect(owner: number, via: () => number): Promise<Client> {
    let first = true
    const fetch = balancedFetch(cluster, () => {
      // The session opens on `owner` (or, once it is dead, wherever the balancer sends it).
      if (first) {
        first = false
        return dead.has(owner) ? via() : owner
      }
      return via()
    })
    const client = new Client(
      { name: 'worker', version: '1.0.0' },
      { versionNegotiation: { mode: 'legacy' } },
    )
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${cluster.replicas[0]!.url}${mcpPath}`), {
        fetch,
      }),
    )
    return client
  }

  function work(owner: number, via: () => number): Worker {
    const worker: Worker = {
      calls: 0,
      errors: [],
      reconnects: 0,
      callsAfterReconnect: 0,
      done: Promise.resolve(),
    }
    worker.done = (async () => {
      let client = await connect(owner, via)
      while (running) {
        try {
          await client.callTool({ name: 'sessions-ok', arguments: {} }, { timeout: 5000 })
          worker.calls++
          if (worker.reconnects > 0) worker.callsAfterReconnect++
        } catch (error) {
          worker.errors.push(error instanceof Error ? error.message : String(error))
          await client.close().catch(() => undefined)
          client = await connect(owner, via)
          worker.reconnects++
        }
      }
      await client.close()
    })()
    return worker
  }

  it('leaves the other replicas’ clients untouched and lets the dead one’s reconnect', async () => {
    const live = (preferred: number) => () => (dead.has(preferred) ? 2 : preferred)
    const onZero = work(0, live(0))
    const onTwo = work(2, live(2))
    const relayed = work(0, live(2))
    const onOne = work(1, live(1))
    const workers = [onZero, onTwo, relayed, onOne]
    const stopAll = async () => {
      running = false
      await Promise.allSettled(workers.map((w) => w.done))
    }
    try {
      // Traffic on every client first (bounded: four sessions open slowly on a loaded machine).
      const flowing = Date.now() + 20_000
      do await sleep(250)
      while (workers.some((w) => w.calls === 0) && Date.now() < flowing)
      const before = [onZero, onTwo, relayed, onOne].map((w) => w.calls)
      expect(before.every((calls) => calls > 0)).toBe(true)

      dead.add(1)
      await cluster.replicas[1]!.stop('SIGKILL')
      // Until the dead one's client has reconnected and called again (bounded: a loaded machine is
      // slow to notice, reconnect and initialize), and the others have gone on meanwhile.
      const until = Date.now() + 20_000
      do await sleep(500)
      while (onOne.callsAfterReconnect === 0 && Date.now() < until)
      await stopAll()
      await Promise.all(workers.map((w) => w.done))

      for (const [index, worker] of [onZero, onTwo, relayed].entries()) {
        expect(worker.errors, `worker ${index}`).toEqual([])
        expect(worker.calls).toBeGreaterThan(before[index]!)
      }
      expect(onOne.errors.length).toBeGreaterThan(0)
      expect(onOne.reconnects).toBeGreaterThan(0)
      expect(onOne.callsAfterReconnect).toBeGreaterThan(0)
    } finally {
      await stopAll()
    }
  }, 60_000)
})
