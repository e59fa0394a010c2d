#!/usr/bin/env node
// Switchyard benchmark harness: cold start, idle RSS and GET /tools latency of the built gateway,
// side by side with a bare node:http server. Prints a Markdown report and writes bench/RESULTS.md.
// Run `pnpm build` first, then `pnpm bench`. See bench/README.md.
import { existsSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { intEnv, killAll, log, median, onCleanup, percentile } from './lib/harness.mjs'
import { rssMb } from './lib/processes.mjs'
import { machine } from './lib/report.mjs'
import { CLI, spawnServer, stopServer, waitReady } from './lib/server-process.mjs'
import { RESULTS, writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const RUNS = intEnv('BENCH_RUNS', 5)
const IDLE_MS = intEnv('BENCH_IDLE_MS', 2000)
// V8's memory reducer collects some seconds (5 to 20 seen) after start-up's allocation stops
const SETTLED_MS = intEnv('BENCH_SETTLED_MS', 30_000)
const TOOL_COUNTS = (process.env.BENCH_TOOLS ?? '1000,10000').split(',').map(Number)
const WARMUP = intEnv('BENCH_WARMUP', 20)
const REQUESTS = intEnv('BENCH_REQUESTS', 200)
const REGISTER_CONCURRENCY = intEnv('BENCH_CONCURRENCY', 8)
const REGISTER_DEADLINE_MS = intEnv('BENCH_REGISTER_DEADLINE_MS', 20 * 60_000)
const REQUEST_TIMEOUT_MS = 30_000
const LIST_LIMITS = [50, 1000]

// issue 12: cold start < 1 s, idle RSS < 100 MB
const TARGETS = { startMs: 1000, rssMb: 100, listP50Ms: 5 }

const agent = new http.Agent({ keepAlive: true, maxSockets: REGISTER_CONCURRENCY })
onCleanup(() => agent.destroy())

/** One HTTP request over the keep-alive agent; resolves to { status, body }. */
function request(port, method, urlPath, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
          : {},
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () =>
      req.destroy(new Error(`${method} ${urlPath} timed out after ${REQUEST_TIMEOUT_MS} ms`)),
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/**
 * Registers tools [from, to) through POST /tools with bounded concurrency. Stops early (and says so)
 * once REGISTER_DEADLINE_MS has passed; returns the elapsed ms and the count actually reached.
 */
async function registerTools(port, from, to) {
  const started = performance.now()
  let next = from
  let done = from
  const worker = async () => {
    while (next < to && performance.now() - started < REGISTER_DEADLINE_MS) {
      const i = next++
      const name = `tool_${String(i + 1).padStart(5, '0')}`
      const res = await request(port, 'POST', '/tools', {
        name,
        url: 'http://127.0.0.1:9/x',
        integrationType: 'REST',
      })
      if (res.status !== 201)
        throw new Error(`POST /tools (${name}) -> ${res.status}: ${res.body.slice(0, 500)}`)
      done++
      if (done % 1000 === 0)
        log(`  ${done} tools registered (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    }
  }
  await Promise.all(Array.from({ length: REGISTER_CONCURRENCY }, worker))
  return { ms: performance.now() - started, reached: done }
}

/** WARMUP + REQUESTS sequential GETs; returns latency percentiles (ms) and the item count seen. */
async function measureGet(port, urlPath, { expectArray }) {
  let items = null
  const once = async () => {
    const t0 = performance.now()
    const res = await request(port, 'GET', urlPath)
    const ms = performance.now() - t0
    if (res.status !== 200)
      throw new Error(`GET ${urlPath} -> ${res.status}: ${res.body.slice(0, 500)}`)
    return { ms, body: res.body }
  }
  for (let i = 0; i < WARMUP; i++) {
    const { body } = await once()
    if (i === 0 && expectArray) {
      const parsed = JSON.parse(body)
      const list = Array.isArray(parsed) ? parsed : (parsed.items ?? parsed.data ?? parsed.tools)
      if (!Array.isArray(list)) throw new Error(`GET ${urlPath} did not return a JSON array`)
      items = list.length
    }
  }
  const times = []
  for (let i = 0; i < REQUESTS; i++) times.push((await once()).ms)
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    items,
  }
}

async function benchStartAndRss() {
  const result = { switchyard: { start: [], rss: [] }, bare: { start: [], rss: [] } }
  for (let run = 1; run <= RUNS; run++) {
    for (const kind of ['bare', 'switchyard']) {
      const server = await spawnServer(kind)
      try {
        const ms = await waitReady(server)
        await sleep(IDLE_MS)
        const rss = rssMb(server.child.pid)
        result[kind].start.push(ms)
        result[kind].rss.push(rss)
        log(
          `run ${run}/${RUNS} ${kind}: ready in ${ms.toFixed(0)} ms, idle RSS ${rss.toFixed(1)} MB`,
        )
      } finally {
        await stopServer(server)
      }
    }
  }
  return result
}

/** RSS once V8's memory reducer has run: RUNS servers of each kind started together, read after SETTLED_MS. */
async function benchSettledRss() {
  const servers = []
  try {
    for (let run = 0; run < RUNS; run++)
      for (const kind of ['bare', 'switchyard']) servers.push(await spawnServer(kind))
    for (const server of servers) await waitReady(server)
    await sleep(SETTLED_MS)
    const rss = { switchyard: [], bare: [] }
    for (const server of servers) rss[server.kind].push(rssMb(server.child.pid))
    log(`settled idle RSS: ${rss.switchyard.map((mb) => mb.toFixed(1)).join(', ')} MB`)
    return rss
  } finally {
    for (const server of servers) await stopServer(server)
  }
}

async function benchList() {
  const rows = []
  const registration = []
  const server = await spawnServer('switchyard')
  const bare = await spawnServer('bare')
  try {
    await waitReady(server)
    await waitReady(bare)
    const floor = await measureGet(bare.port, '/', { expectArray: false })
    log(`bare node GET / (client + loopback floor): p50 ${floor.p50.toFixed(2)} ms`)
    let registered = 0
    for (const count of [...TOOL_COUNTS].sort((a, b) => a - b)) {
      if (count > registered) {
        log(`registering tools ${registered + 1}..${count} (concurrency ${REGISTER_CONCURRENCY})`)
        const { ms, reached } = await registerTools(server.port, registered, count)
        registration.push({ from: registered, to: reached, wanted: count, ms })
        log(`registered ${reached - registered} tools in ${(ms / 1000).toFixed(1)} s`)
        if (reached < count)
          log(`registration deadline (${REGISTER_DEADLINE_MS} ms) reached at ${reached} tools`)
        registered = reached
      }
      for (const limit of LIST_LIMITS) {
        const stats = await measureGet(server.port, `/tools?limit=${limit}`, { expectArray: true })
        rows.push({ count: registered, limit, ...stats })
        log(
          `${registered} tools, GET /tools?limit=${limit}: ${stats.items} items, p50 ${stats.p50.toFixed(2)} ms`,
        )
      }
      rows.at(-1).rss = rssMb(server.child.pid)
      if (registered < count) break
    }
    return { rows, registration, floor }
  } finally {
    await stopServer(server)
    await stopServer(bare)
  }
}

const f0 = (x) => x.toFixed(0)
const f1 = (x) => x.toFixed(1)
const f2 = (x) => x.toFixed(2)
const verdict = (ok) => (ok ? 'met' : '**missed**')

function report(m, startRss, settled, list, date) {
  const sy = startRss.switchyard
  const bare = startRss.bare
  const syStart = median(sy.start)
  const bareStart = median(bare.start)
  const syRss = median(sy.rss)
  const bareRss = median(bare.rss)
  /** RSS readings as "median MB (min-max)". */
  const mb = (xs) => `${f1(median(xs))} MB (${f1(Math.min(...xs))}-${f1(Math.max(...xs))})`
  const lines = []
  lines.push('## Cold start, idle memory and the REST tool list', '')
  lines.push(`- Date: ${date}`)
  lines.push(`- Machine: ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.os}`)
  lines.push(
    `- Load average when the run started (1/5/15 min): ${m.load}; other work on the machine skews the numbers`,
  )
  lines.push(`- Node: ${m.node}`)
  lines.push(`- Commit: ${m.commit}`)
  lines.push(
    `- Setup: embedded SQLite in a fresh temp data dir per process, \`AUTH_REQUIRED=false\`, \`LOG_LEVEL=warn\`, loopback only`,
  )
  lines.push(
    `- Targets: start < ${TARGETS.startMs / 1000} s, idle RSS < ${TARGETS.rssMb} MB, list p50 < ${TARGETS.listP50Ms} ms at 1,000 tools`,
  )
  lines.push('')
  lines.push(
    `### Cold start and idle memory (${RUNS} run${RUNS === 1 ? '' : 's'} each, interleaved)`,
    '',
  )
  lines.push('| metric | switchyard | bare node:http | ratio | target |')
  lines.push('| --- | ---: | ---: | ---: | --- |')
  lines.push(
    `| cold start to first 200 on /health, median (min-max) | ${f0(syStart)} ms (${f0(Math.min(...sy.start))}-${f0(Math.max(...sy.start))}) | ${f0(bareStart)} ms (${f0(Math.min(...bare.start))}-${f0(Math.max(...bare.start))}) | ${f1(syStart / bareStart)}x | < ${TARGETS.startMs} ms: ${verdict(syStart < TARGETS.startMs)} |`,
  )
  lines.push(
    `| idle RSS after ${IDLE_MS / 1000} s, median (min-max) | ${mb(sy.rss)} | ${mb(bare.rss)} | ${f1(syRss / bareRss)}x | < ${TARGETS.rssMb} MB: ${verdict(syRss < TARGETS.rssMb)} |`,
  )
  lines.push(
    `| idle RSS ${SETTLED_MS / 1000} s after the first answer, once V8's memory reducer has run (${RUNS} of each started together), median (min-max) | ${mb(settled.switchyard)} | ${mb(settled.bare)} | ${f1(median(settled.switchyard) / median(settled.bare))}x | |`,
  )
  lines.push('')
  lines.push(
    `### GET /tools latency (${REQUESTS} sequential requests after ${WARMUP} warm-ups, one keep-alive connection)`,
    '',
  )
  lines.push('| tools registered | request | items returned | p50 ms | p95 ms | p99 ms | target |')
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: | --- |')
  for (const r of list.rows) {
    const target =
      r.count === 1000 && r.limit === 50
        ? `p50 < ${TARGETS.listP50Ms} ms: ${verdict(r.p50 < TARGETS.listP50Ms)}`
        : ''
    lines.push(
      `| ${r.count.toLocaleString('en-US')} | \`GET /tools?limit=${r.limit}\` | ${r.items} | ${f2(r.p50)} | ${f2(r.p95)} | ${f2(r.p99)} | ${target} |`,
    )
  }
  lines.push(
    `| - | bare node:http \`GET /\` (client + loopback floor) | - | ${f2(list.floor.p50)} | ${f2(list.floor.p95)} | ${f2(list.floor.p99)} | |`,
  )
  lines.push('')
  for (const r of list.registration) {
    const n = r.to - r.from
    const cut =
      r.to < r.wanted
        ? ` (stopped by the ${f0(REGISTER_DEADLINE_MS / 1000)} s deadline; ${r.wanted.toLocaleString('en-US')} wanted)`
        : ''
    lines.push(
      `- Registering tools ${(r.from + 1).toLocaleString('en-US')}-${r.to.toLocaleString('en-US')} through \`POST /tools\` (concurrency ${REGISTER_CONCURRENCY}): ${f1(r.ms / 1000)} s, ${f0((n / r.ms) * 1000)} tools/s${cut}`,
    )
  }
  for (const r of list.rows.filter((row) => row.rss !== undefined)) {
    lines.push(
      `- RSS of the gateway with ${r.count.toLocaleString('en-US')} tools registered: ${f1(r.rss)} MB`,
    )
  }
  lines.push('')
  return lines.join('\n')
}

async function main() {
  if (!existsSync(CLI)) {
    console.error(`bench: ${path.relative(ROOT, CLI)} not found. Build first: pnpm build`)
    process.exit(1)
  }
  if (process.platform !== 'linux') {
    console.error('bench: reads RSS from /proc, so it runs on Linux only')
    process.exit(1)
  }
  const date = new Date().toISOString()
  const m = machine(ROOT)
  log(`node ${m.node}, ${m.nproc} cores; ${RUNS} start runs; tool counts ${TOOL_COUNTS.join(', ')}`)
  const startRss = await benchStartAndRss()
  const settled = await benchSettledRss()
  const list = await benchList()
  // Its own section only: the other benchmarks' sections stay as they are.
  await writeSection('run', report(m, startRss, settled, list, date).trimEnd().split('\n'))
  log(`wrote ${path.relative(ROOT, RESULTS)}`)
}

main().then(
  () => {
    killAll()
    process.exit(0)
  },
  (err) => {
    console.error(`bench: failed: ${err instanceof Error ? err.message : String(err)}`)
    killAll()
    process.exit(1)
  },
)
