// Cluster soak: one replica alone, then three on one PostgreSQL database and Redis, under steady
// mixed load for a bounded time (modern tools/call and tools/list to any replica, legacy-era
// sessions whose requests land on any replica and are relayed to their owner). Reports errors,
// throughput per replica against one replica alone (also per CPU second, since the replicas, the
// upstream and this load generator share the machine's cores) and each replica's RSS and open file
// descriptors over time. Needs PostgreSQL and Redis on loopback (BENCH_PG_URL, BENCH_REDIS_URL).
// Writes its section of bench/RESULTS.md.
import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { setInterval, clearInterval } from 'node:timers'
import { fileURLToPath } from 'node:url'
import { cpuMs, json, modernHeaders, post, rpc, start, stop, waitFor } from './lib/calls.mjs'
import { freePort, intEnv, killAll, log, untrack } from './lib/harness.mjs'
import { rssMb } from './lib/processes.mjs'
import { writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'apps/gateway/dist/cli.js')
const ECHO = path.join(ROOT, 'apps/gateway/src/test/fixtures/echo-upstream.mjs')
const gatewayRequire = createRequire(path.join(ROOT, 'apps/gateway/package.json'))
const postgres = gatewayRequire('postgres')
const { Redis } = gatewayRequire('ioredis')

const SECONDS = intEnv('BENCH_CLUSTER_SECONDS', 60)
const SOLO_SECONDS = intEnv('BENCH_CLUSTER_SOLO_SECONDS', Math.max(5, Math.round(SECONDS / 3)))
const ROUNDS = intEnv('BENCH_CLUSTER_ROUNDS', 3)
const SAMPLE_MS = intEnv(
  'BENCH_CLUSTER_SAMPLE_MS',
  Math.max(1000, ((SECONDS + SOLO_SECONDS) * 1000) / 12),
)
const HEAP_MB = process.env.BENCH_CLUSTER_HEAP_MB
const PER_REPLICA = 12
const SESSIONS = 4
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'
const TARGET_RATIO = 2.5

/** Starts `switchyard serve` as one replica of the cluster. */
async function replica(port, env) {
  const child = start([CLI, 'serve', '--port', String(port)], env)
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.stdout.resume()
  await waitFor(
    () => json(port, 'GET', '/health').then((r) => r.status === 'healthy'),
    `replica on ${port} (${stderr.slice(-300)})`,
  )
  return { port, child }
}

/** Opens a legacy-era session on `port`; resolves with its id. */
async function openSession(port, mcpPath) {
  const headers = { 'mcp-protocol-version': '2025-11-25' }
  const init = await post(port, mcpPath, {
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: {
      protocolVersion: '2025-11-25',
      capabilities: {},
      clientInfo: { name: 'bench', version: '1.0.0' },
    },
  })
  const id = init.headers['mcp-session-id']
  if (init.status !== 200 || !id) throw new Error(`initialize: ${init.status} ${init.text}`)
  const ack = await post(
    port,
    mcpPath,
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { ...headers, 'mcp-session-id': id },
  )
  if (ack.status !== 202) throw new Error(`initialized: ${ack.status}`)
  return id
}

/** The mixed requests, each a function of (port, id) that throws unless answered as expected. */
function requests(mcpPath, sessions) {
  const check = (res, what) => {
    if (res.status !== 200 || !res.text.includes(what) || res.text.includes('"isError":true'))
      throw new Error(`${res.status} ${res.text.slice(0, 160)}`)
  }
  const call = (port, id) =>
    post(
      port,
      mcpPath,
      rpc('tools/call', { name: 'bench-echo', arguments: { message: 'hi' } }, id),
      modernHeaders('tools/call', 'bench-echo'),
    ).then((res) => check(res, '"hi"'))
  const list = (port, id) =>
    post(port, mcpPath, rpc('tools/list', {}, id), modernHeaders('tools/list')).then((res) =>
      check(res, 'bench-echo'),
    )
  const legacy = (port, id) =>
    post(
      port,
      mcpPath,
      {
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name: 'bench-echo', arguments: { message: 'hi' } },
      },
      { 'mcp-protocol-version': '2025-11-25', 'mcp-session-id': sessions[id % sessions.length] },
    ).then((res) => check(res, '"hi"'))
  // 8 in 10 modern calls, 1 list, 1 legacy-session call.
  return (port, id) => (id % 10 === 9 ? legacy : id % 10 === 8 ? list : call)(port, id)
}

/** Open file descriptors of a process. */
function fds(pid) {
  try {
    return readdirSync(`/proc/${pid}/fd`).length
  } catch {
    return 0
  }
}

/**
 * Runs the mixed load against `replicas` for `seconds` (PER_REPLICA requests in flight each);
 * resolves with the requests each replica served, the errors and the CPU time each one used.
 */
async function soak(replicas, request, seconds) {
  const served = replicas.map(() => 0)
  const errors = []
  const pids = replicas.map((r) => r.child.pid)
  const cpu0 = pids.map(cpuMs)
  const self0 = process.cpuUsage()
  const started = performance.now()
  const deadline = started + seconds * 1000
  let next = 0
  await Promise.all(
    replicas.flatMap((r, index) =>
      Array.from({ length: PER_REPLICA }, async () => {
        while (performance.now() < deadline) {
          const id = next++
          try {
            await request(r.port, id)
            served[index]++
          } catch (error) {
            errors.push(error.message)
          }
        }
      }),
    ),
  )
  const self = process.cpuUsage(self0)
  return {
    wall: (performance.now() - started) / 1000,
    served,
    errors,
    cpu: pids.map((pid, i) => (cpuMs(pid) - cpu0[i]) / 1000),
    loadCpu: (self.user + self.system) / 1e6,
  }
}

/** Adds one soak's numbers to a running total. */
function add(total, run) {
  if (total === undefined) return run
  return {
    wall: total.wall + run.wall,
    served: total.served.map((n, i) => n + run.served[i]),
    errors: [...total.errors, ...run.errors],
    cpu: total.cpu.map((n, i) => n + run.cpu[i]),
    loadCpu: total.loadCpu + run.loadCpu,
  }
}

async function main() {
  const name = `switchyard_bench_${randomBytes(5).toString('hex')}`
  const prefix = `switchyard-bench:${name}:`
  const admin = postgres(PG_URL, { max: 1, onnotice: () => undefined })
  await admin.unsafe(`create database ${name}`)
  const redis = new Redis(REDIS_URL)
  const env = {
    DATABASE_URL: PG_URL.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
    REDIS_URL,
    RATE_LIMIT_KEY_PREFIX: prefix,
    AUTH_REQUIRED: 'false',
    LOG_LEVEL: 'warn',
    HEALTH_CHECK_INTERVAL: '0',
    // A capped old space makes V8 collect instead of growing, so RSS growth then means a leak.
    ...(HEAP_MB && { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }),
  }
  try {
    const upstreamPort = await freePort()
    const upstream = start([ECHO], { PORT: String(upstreamPort) })
    await new Promise((resolve) => upstream.stdout.once('data', resolve))
    const first = await replica(await freePort(), env)
    const gateway = await json(first.port, 'POST', '/gateways', {
      name: 'bench',
      url: `http://127.0.0.1:${upstreamPort}/mcp`,
    })
    let tools = []
    await waitFor(async () => {
      tools = await json(first.port, 'GET', `/tools?gateway_id=${gateway.id}`)
      return tools.length > 0
    }, 'discovery')
    const server = await json(first.port, 'POST', '/servers', {
      name: 'bench',
      associated_tools: tools.map((t) => t.id),
    })
    const mcpPath = `/servers/${server.id}/mcp`
    const serving = (port) => () =>
      post(port, mcpPath, rpc('tools/list', {}, 0), modernHeaders('tools/list')).then((res) =>
        res.text.includes('bench-echo'),
      )
    // The other two start on the stored catalog; they idle while the first one serves alone.
    const replicas = [
      first,
      await replica(await freePort(), env),
      await replica(await freePort(), env),
    ]
    for (const r of replicas) await waitFor(serving(r.port), `the virtual server on ${r.port}`)
    const soloSessions = []
    for (let i = 0; i < SESSIONS; i++) soloSessions.push(await openSession(first.port, mcpPath))
    const sessions = []
    for (let i = 0; i < SESSIONS * 3; i++)
      sessions.push(await openSession(replicas[i % 3].port, mcpPath))
    const alone = requests(mcpPath, soloSessions)
    const together = requests(mcpPath, sessions)

    // RSS and descriptors of every replica over the whole soak.
    const pids = replicas.map((r) => r.child.pid)
    const samples = []
    const sample = () => samples.push({ rss: pids.map(rssMb), fds: pids.map(fds) })
    await soak([first], alone, 2)
    await soak(replicas, together, 2)
    sample()
    const sampler = setInterval(sample, SAMPLE_MS)
    // Interleaved rounds, so that other work on the machine falls on both alike.
    let solo
    let cluster
    const ratios = []
    for (let round = 0; round < ROUNDS; round++) {
      log(
        `round ${round + 1}/${ROUNDS}: one replica ${SOLO_SECONDS / ROUNDS} s, three ${SECONDS / ROUNDS} s`,
      )
      const one = await soak([first], alone, SOLO_SECONDS / ROUNDS)
      const three = await soak(replicas, together, SECONDS / ROUNDS)
      const rate = (run) => run.served.reduce((a, b) => a + b, 0) / run.wall
      ratios.push(rate(three) / rate(one))
      solo = add(solo, one)
      cluster = add(cluster, three)
    }
    clearInterval(sampler)
    sample()

    for (const r of replicas) {
      untrack(r.child)
      await stop(r.child)
    }
    await writeSection('cluster', lines(solo, cluster, ratios, samples))
  } finally {
    await redis
      .keys(`${prefix}*`)
      .then((keys) => keys.length > 0 && redis.del(...keys))
      .catch(() => undefined)
    await redis.quit()
    killAll()
    await new Promise((resolve) => setTimeout(resolve, 200))
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

function lines(solo, cluster, ratios, samples) {
  const rate = (run) => run.served.reduce((a, b) => a + b, 0) / run.wall
  const perCpu = (run) => run.served.reduce((a, b) => a + b, 0) / run.cpu.reduce((a, b) => a + b, 0)
  const ratio = rate(cluster) / rate(solo)
  const cpuRatio = perCpu(cluster) / perCpu(solo)
  const f0 = (x) => x.toFixed(0)
  const f1 = (x) => x.toFixed(1)
  const drift = (xs) => {
    // Growth from the first sample after warm-up (a quarter in) to the last.
    const from = xs[Math.floor(xs.length / 4)]
    return from > 0 ? ((xs.at(-1) - from) / from) * 100 : 0
  }
  const rows = cluster.served.map((count, i) => {
    const rss = samples.map((s) => s.rss[i])
    const fd = samples.map((s) => s.fds[i])
    return `| replica ${i + 1} | ${f0(count / cluster.wall)} | ${f1(cluster.cpu[i])} s | ${rss.map(f0).join(' → ')} | ${f1(drift(rss))}% | ${fd.join(' → ')} |`
  })
  const verdict = ratio >= TARGET_RATIO ? 'met' : '**missed**'
  const errors = [...new Set([...solo.errors, ...cluster.errors])].slice(0, 3)
  return [
    '## Cluster soak: three replicas on PostgreSQL and Redis vs one alone',
    '',
    `- ${new Date().toISOString()}; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}.`,
    `- Mixed load from one raw HTTP keep-alive client, ${PER_REPLICA} requests in flight per replica under load: 8 in 10 modern \`tools/call\` of an \`echo\` tool, 1 in 10 modern \`tools/list\`, 1 in 10 \`tools/call\` on one of ${SESSIONS} (alone) or ${SESSIONS * 3} (three replicas) legacy-era sessions, opened round-robin on the replicas and called through whichever replica the worker uses (two in three relayed to their owner). One shared upstream (SDK v2 \`createMcpHandler\` on node:http). Three replicas run throughout; ${ROUNDS} interleaved rounds of load on the first one alone (${SOLO_SECONDS} s in all) and on all three (${SECONDS} s in all), after 2 s of warm-up each.`,
    '',
    '| run | requests/s | errors | gateway CPU s | requests per gateway CPU s | load generator CPU s |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| one replica | ${f0(rate(solo))} | ${solo.errors.length} | ${f1(solo.cpu[0])} | ${f0(perCpu(solo))} | ${f1(solo.loadCpu)} |`,
    `| three replicas | ${f0(rate(cluster))} | ${cluster.errors.length} | ${f1(cluster.cpu.reduce((a, b) => a + b, 0))} | ${f0(perCpu(cluster))} | ${f1(cluster.loadCpu)} |`,
    '',
    `Throughput of three replicas / one: **${ratio.toFixed(2)}x** (target ${TARGET_RATIO}x: ${verdict}; rounds: ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}); per gateway CPU second: ${cpuRatio.toFixed(2)}x.`,
    '',
    '| replica | requests/s (three) | CPU (three) | RSS MB over the soak | RSS drift after warm-up | open fds over the soak |',
    '| --- | ---: | ---: | --- | ---: | --- |',
    ...rows,
    '',
    `Samples every ${f1(SAMPLE_MS / 1000)} s; ${HEAP_MB ? `replicas ran with \`--max-old-space-size=${HEAP_MB}\`, so V8 collects rather than grows and RSS growth would mean a leak` : "replicas ran with V8's default heap limit, under which RSS grows for a while as V8 puts off major collections (`BENCH_CLUSTER_HEAP_MB` caps the old space to tell that from a leak)"}. ${errors.length > 0 ? `First errors: ${errors.join('; ')}. ` : ''}The three replicas, the upstream and the load generator share ${os.cpus().length} cores, so three replicas cannot serve three times what one serves when one alone can already use the cores the others would need; the raw ratio mostly says how busy the machine was. Requests per gateway CPU second is the fair comparison: about 1x means the replicas add capacity linearly (relaying costs the third of legacy-session requests that land on a non-owner one more hop). The 2.5x target needs at least as many free cores as replicas, plus room for the load generator and the upstream.`,
  ]
}

main().catch((error) => {
  console.error(`cluster bench failed: ${error.stack ?? error.message}`)
  process.exitCode = 1
  killAll()
})
