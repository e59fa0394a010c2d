// MCP benchmark: tools/call on a trivial tool, directly against an upstream and through a Switchyard
// virtual server, with the same raw HTTP client and concurrency in one run (interleaved rounds, CPU
// per call of every process); RSS of the gateway over a long run of calls; then tools/list on
// virtual servers of 1,000 and 10,000 tools. Modern-era (stateless) requests, loopback only,
// bounded loops. Writes its section of bench/RESULTS.md.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  callEcho,
  CPU_PROF,
  cpuMs,
  json,
  load,
  machineCpuMs,
  MAX_SOCKETS,
  modernHeaders,
  post,
  probeMemory,
  rpc,
  start,
  startGateway,
  stop,
  waitFor,
} from './lib/calls.mjs'
import { freePort, intEnv, killAll, log, median, tempDir } from './lib/harness.mjs'
import { rssMb } from './lib/processes.mjs'
import { newestProfile, profileParts } from './lib/profile.mjs'
import { machine } from './lib/report.mjs'
import { writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'apps/gateway/dist/cli.js')
const CONCURRENCY = Math.min(MAX_SOCKETS, intEnv('BENCH_MCP_CONCURRENCY', 16))
const CALLS = intEnv('BENCH_MCP_CALLS', 54_000)
const ROUNDS = intEnv('BENCH_MCP_ROUNDS', 9)
const WARMUP = 1_000
const SEQUENTIAL = intEnv('BENCH_MCP_SEQUENTIAL', 2_000)
const SOAK = intEnv('BENCH_MCP_SOAK', 100_000)
const SOAK_SAMPLES = 50
const LIST_TOOLS = intEnv('BENCH_MCP_LIST_TOOLS', 10_000)
const LIST_REQUESTS = intEnv('BENCH_MCP_LIST_REQUESTS', 200)
const TARGETS = {
  throughputRatio: 0.8,
  addedP50Ms: 0.5,
  list1kP50Ms: 2,
  list10kP50Ms: 10,
  /** Growth of the RSS right after a full GC over the soak. */
  soakGrowthMb: 10,
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
const f2 = (x) => x.toFixed(2)
const verdict = (ok) => (ok ? 'met' : '**missed**')
/** CPU time of this process (the load generator) so far, in ms. */
const selfCpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

async function main() {
  readFileSync(CLI)
  const m = machine(ROOT)
  const loadAtStart = loadAverage()
  const upstreamPort = await freePort()
  const upstreamProcess = start(
    [path.join(ROOT, 'apps/gateway/src/test/fixtures/echo-upstream.mjs')],
    { PORT: String(upstreamPort) },
  )
  const gatewayPort = await freePort()
  const gatewayProcess = startGateway(CLI, gatewayPort, tempDir(), { gcProbe: true })
  const proxyPort = await freePort()
  const proxyProcess = start([path.join(ROOT, 'bench/lib/bare-proxy.mjs')], {
    PORT: String(proxyPort),
    UPSTREAM: String(upstreamPort),
  })
  await waitFor(
    () =>
      post(upstreamPort, '/mcp', rpc('tools/list', {}, 0), modernHeaders('tools/list')).then(
        (r) => r.status === 200,
      ),
    'upstream',
  )
  await waitFor(
    () => json(gatewayPort, 'GET', '/health').then((r) => r.status === 'healthy'),
    'gateway',
  )

  const gateway = await json(gatewayPort, 'POST', '/gateways', {
    name: 'bench',
    url: `http://127.0.0.1:${upstreamPort}/mcp`,
  })
  await waitFor(
    () => json(gatewayPort, 'GET', `/gateways/${gateway.id}`).then((g) => g.status === 'active'),
    'discovery',
  )
  const tools = await json(gatewayPort, 'GET', `/tools?gateway_id=${gateway.id}`)
  const server = await json(gatewayPort, 'POST', '/servers', {
    name: 'bench',
    associated_tools: tools.map((t) => t.id),
  })
  const through = `/servers/${server.id}/mcp`

  log(`mcp: warming up, then ${CALLS} calls each way at concurrency ${CONCURRENCY}`)
  const viaDirect = (id) => callEcho(upstreamPort, '/mcp', 'echo', id)
  const viaGateway = (id) => callEcho(gatewayPort, through, 'bench-echo', id)
  const viaProxy = (id) => callEcho(proxyPort, '/mcp', 'bench-echo', id)
  await load(viaDirect, WARMUP, CONCURRENCY)
  await load(viaGateway, WARMUP, CONCURRENCY)
  await load(viaProxy, WARMUP, CONCURRENCY)
  // Interleaved rounds: other work on the machine hits both paths alike; the median round counts.
  const rounds = []
  const spent = { upstream: 0, gateway: 0, client: 0, upstreamDirect: 0, clientDirect: 0, proxy: 0 }
  const perRound = Math.floor(CALLS / ROUNDS)
  // the whole machine's CPU during the through rounds: what the three processes leave to the rest
  const machineSpent = { user: 0, system: 0, interrupts: 0, steal: 0, idle: 0 }
  let throughMs = 0
  for (let round = 0; round < ROUNDS; round++) {
    let before = [cpuMs(upstreamProcess.pid), selfCpuMs()]
    const direct = await load(viaDirect, perRound, CONCURRENCY)
    spent.upstreamDirect += cpuMs(upstreamProcess.pid) - before[0]
    spent.clientDirect += selfCpuMs() - before[1]
    before = [cpuMs(upstreamProcess.pid), cpuMs(gatewayProcess.pid), selfCpuMs()]
    const machineBefore = machineCpuMs()
    const started = performance.now()
    const gatewayed = await load(viaGateway, perRound, CONCURRENCY)
    throughMs += performance.now() - started
    const machineAfter = machineCpuMs()
    for (const kind of Object.keys(machineSpent))
      machineSpent[kind] += machineAfter[kind] - machineBefore[kind]
    spent.upstream += cpuMs(upstreamProcess.pid) - before[0]
    spent.gateway += cpuMs(gatewayProcess.pid) - before[1]
    spent.client += selfCpuMs() - before[2]
    const proxyBefore = cpuMs(proxyProcess.pid)
    const proxied = await load(viaProxy, perRound, CONCURRENCY)
    spent.proxy += cpuMs(proxyProcess.pid) - proxyBefore
    rounds.push({ direct, gatewayed, ratio: gatewayed.rps / direct.rps, proxied })
  }
  await stop(proxyProcess)
  const loadAfterCalls = loadAverage()
  rounds.sort((a, b) => a.ratio - b.ratio)
  const { direct, gatewayed, ratio } = rounds[Math.floor(ROUNDS / 2)]
  const proxyRatio = median(rounds.map((r) => r.proxied.rps / r.direct.rps))
  const proxyRps = median(rounds.map((r) => r.proxied.rps))
  const proxyAddedP50 = median(rounds.map((r) => r.proxied.p50 - r.direct.p50))
  const ratios = rounds.map((r) => `${(r.ratio * 100).toFixed(1)}%`).join(', ')
  const measured = perRound * ROUNDS
  const cores = (ms) => (ms / throughMs).toFixed(2)
  const us = (ms) => (ms * 1000) / measured
  const cpu = {
    gateway: us(spent.gateway),
    upstream: us(spent.upstream),
    client: us(spent.client),
    upstreamDirect: us(spent.upstreamDirect),
    clientDirect: us(spent.clientDirect),
    proxy: us(spent.proxy),
  }
  // one call at a time: what the gateway adds to a call without any queueing
  const sequential = { direct: [], through: [] }
  for (let block = 0; block < 10; block++) {
    sequential.direct.push((await load(viaDirect, SEQUENTIAL / 10, 1)).p50)
    sequential.through.push((await load(viaGateway, SEQUENTIAL / 10, 1)).p50)
  }
  const addedSequentialP50 = median(sequential.through) - median(sequential.direct)
  if (CPU_PROF) {
    await stop(gatewayProcess)
    const file = newestProfile(CPU_PROF)
    log(`mcp: profile ${file}`)
    await writeSection('mcp-profile', [
      "## Where the gateway's CPU goes per tools/call (V8 CPU profile)",
      '',
      `- ${new Date().toISOString()}; commit ${m.commit}; load average ${loadAtStart} at the start. \`BENCH_CPU_PROF=<dir> pnpm bench:mcp\`: rounds like those of the section above (${measured} calls each way at concurrency ${CONCURRENCY}; ratios ${ratios}) with the gateway under \`node --cpu-prof\`, which makes it slower: ${cpu.gateway.toFixed(0)} µs of CPU per call through it in this run.`,
      "- Each sample is charged to the nearest frame of its stack that belongs to a part of the gateway, else to the node:http side or socket layer it ran in. Left out: start-up and registration (before the first served call), idle time, and `writev`, whose samples measure wall time in a syscall the scheduler pre-empts (on loopback the write wakes the peer), not the gateway's work.",
      '',
      `| part | share of busy time | µs per call (of ${cpu.gateway.toFixed(0)}) |`,
      '| --- | ---: | ---: |',
      ...profileParts(file).map(
        ({ part, share }) =>
          `| ${part} | ${(share * 100).toFixed(1)}% | ${(share * cpu.gateway).toFixed(0)} |`,
      ),
    ])
    return
  }

  // RSS over a long run: sampled every SOAK / SOAK_SAMPLES calls; flat means a slope near zero
  log(`mcp: ${SOAK} more calls through the gateway, RSS sampled ${SOAK_SAMPLES} times`)
  // Each sample: the RSS as it is (garbage not yet collected included), then heap used and RSS
  // right after a full GC (the bench's GC probe), which is what the process retains.
  const sample = async (calls) => {
    const rss = rssMb(gatewayProcess.pid)
    const { heapMb, rssMb: collectedRss } = await probeMemory(gatewayProcess)
    return { calls, rss, heap: heapMb, collected: collectedRss }
  }
  const soak = [await sample(0)]
  const soakStarted = performance.now()
  for (let i = 1; i <= SOAK_SAMPLES; i++) {
    await load(viaGateway, SOAK / SOAK_SAMPLES, CONCURRENCY)
    soak.push(await sample((i * SOAK) / SOAK_SAMPLES))
  }
  const soakSeconds = (performance.now() - soakStarted) / 1000
  const settled = soak.slice(1) // after the first block: a warm heap
  const slopes = {
    collected: slopeOf(settled.map((s) => ({ calls: s.calls, rss: s.collected }))),
    heap: slopeOf(settled.map((s) => ({ calls: s.calls, rss: s.heap }))),
  }
  const growth = {
    collected: settled.at(-1).collected - settled[0].collected,
    heap: settled.at(-1).heap - settled[0].heap,
  }

  // tools/list on virtual servers of 1,000 and LIST_TOOLS tools (REST tools registered here)
  log(`mcp: registering ${LIST_TOOLS} tools for tools/list`)
  const ids = []
  for (let i = 0; i < LIST_TOOLS; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, LIST_TOOLS - i) }, (_, j) =>
        json(gatewayPort, 'POST', '/tools', { name: `list_${i + j}`, url: 'http://127.0.0.1:9/x' }),
      ),
    )
    ids.push(...batch.map((t) => t.id))
  }
  const lists = []
  for (const size of [...new Set([Math.min(1000, LIST_TOOLS), LIST_TOOLS])]) {
    const listed = await json(gatewayPort, 'POST', '/servers', {
      name: `list-${size}`,
      associated_tools: ids.slice(0, size),
    })
    lists.push({ size, ...(await measureList(gatewayPort, `/servers/${listed.id}/mcp`, size)) })
  }
  const rssWithTools = rssMb(gatewayProcess.pid)

  const addedP50 = gatewayed.p50 - direct.p50
  const addedP99 = gatewayed.p99 - direct.p99
  // With a core to itself, a process serves at most 1 / (its CPU per call) calls per second.
  const projected = Math.min(1, cpu.upstream / cpu.gateway)
  const listRows = lists.map(({ size, pages, first, whole, floor }) => {
    const target = size === 1000 ? TARGETS.list1kP50Ms : TARGETS.list10kP50Ms
    const n = size.toLocaleString('en-US')
    return [
      `| \`tools/list\` of a ${n}-tool virtual server, whole list (${pages} page${pages === 1 ? '' : 's'} of up to 1,000), p50 | ${f2(whole)} ms (first page ${f2(first)} ms) | < ${target} ms: ${verdict(whole < target)} |`,
      `| the same bytes from a bare node:http server, fetched the same way (this client and loopback, no gateway), p50 | ${f2(floor)} ms | |`,
    ].join('\n')
  })
  const lines = [
    '## MCP tools/call, direct vs through a virtual server (same client, same run)',
    '',
    `- ${new Date().toISOString()}; ${m.nproc} cores (${m.cpu}), Node ${m.node}, commit ${m.commit}; load average (1/5/15 min) ${loadAtStart} at the start, ${loadAfterCalls} after the measured rounds.`,
    `- ${measured} modern-era (stateless) \`tools/call\` requests of a trivial \`echo\` tool each way at concurrency ${CONCURRENCY}, after ${WARMUP} warm-up calls each way, in ${ROUNDS} interleaved rounds (direct, then through, then through the bare proxy; the round with the median through / direct ratio is shown; all ratios: ${ratios}). Client: this script, one raw node:http keep-alive agent of ${MAX_SOCKETS} sockets. Upstream: an SDK v2 \`createMcpHandler\` server on node:http. Gateway: \`switchyard serve\` on the embedded store, the upstream registered over streamable HTTP, auth off. Every process runs unpinned on the same cores.`,
    '',
    '| path | calls/s | p50 ms | p99 ms |',
    '| --- | ---: | ---: | ---: |',
    `| direct to the upstream | ${direct.rps.toFixed(0)} | ${f2(direct.p50)} | ${f2(direct.p99)} |`,
    `| through Switchyard | ${gatewayed.rps.toFixed(0)} | ${f2(gatewayed.p50)} | ${f2(gatewayed.p99)} |`,
    `| through a bare Node.js proxy (floor, median of rounds) | ${proxyRps.toFixed(0)} | | |`,
    '',
    `| measure | value | target |`,
    `| --- | ---: | --- |`,
    `| throughput through / direct (median round) | ${(ratio * 100).toFixed(1)}% | >= ${TARGETS.throughputRatio * 100}%: ${verdict(ratio >= TARGETS.throughputRatio)} |`,
    `| the floor: throughput through a bare Node.js proxy / direct (median of round ratios; node:http in, undici out, no gateway work), and its CPU per call | ${(proxyRatio * 100).toFixed(1)}%, ${cpu.proxy.toFixed(0)} µs | |`,
    `| added p50 at concurrency ${CONCURRENCY} | ${f2(addedP50)} ms | < ${TARGETS.addedP50Ms} ms: ${verdict(addedP50 < TARGETS.addedP50Ms)} |`,
    `| the floor: added p50 at concurrency ${CONCURRENCY} through the bare Node.js proxy (median of rounds) | ${f2(proxyAddedP50)} ms | |`,
    `| added p99 at concurrency ${CONCURRENCY} | ${f2(addedP99)} ms | |`,
    `| added p50, one call at a time (median of 10 blocks of ${SEQUENTIAL / 10}) | ${f2(addedSequentialP50)} ms (${f2(median(sequential.direct))} -> ${f2(median(sequential.through))}) | |`,
    `| CPU per call through: gateway / upstream / client | ${cpu.gateway.toFixed(0)} / ${cpu.upstream.toFixed(0)} / ${cpu.client.toFixed(0)} µs | |`,
    `| CPU per call direct: upstream / client | ${cpu.upstreamDirect.toFixed(0)} / ${cpu.clientDirect.toFixed(0)} µs | |`,
    `| the machine during the through rounds, in cores of ${m.nproc}: user / system / interrupts / steal / idle (\`/proc/stat\`); of it, the three processes' own user + system | ${cores(machineSpent.user)} / ${cores(machineSpent.system)} / ${cores(machineSpent.interrupts)} / ${cores(machineSpent.steal)} / ${cores(machineSpent.idle)}; ${cores(spent.upstream + spent.gateway + spent.client)} | |`,
    `| throughput through / direct with a core per process (projected: upstream CPU / gateway CPU per call, at most 100%) | ${(projected * 100).toFixed(0)}% | not a measurement |`,
    `| gateway RSS over ${SOAK.toLocaleString('en-US')} more calls (c${CONCURRENCY}, ${soakSeconds.toFixed(0)} s), every ${((SOAK / SOAK_SAMPLES) * 5).toLocaleString('en-US')} (of samples every ${(SOAK / SOAK_SAMPLES).toLocaleString('en-US')}), before the sample's full GC | ${every5(soak, 'rss')} MB | |`,
    `| the same, right after a full GC: RSS | ${every5(soak, 'collected')} MB | |`,
    `| the same, right after a full GC: V8 heap used | ${every5(soak, 'heap')} MB | |`,
    `| growth after a full GC from ${settled[0].calls.toLocaleString('en-US')} to ${SOAK.toLocaleString('en-US')} calls (least-squares slope per 10,000 calls) | RSS ${signed(growth.collected)} MB (${signed(slopes.collected * 10_000)}), heap ${signed(growth.heap)} MB (${signed(slopes.heap * 10_000)}) | flat, RSS growth < ${TARGETS.soakGrowthMb} MB: ${verdict(growth.collected < TARGETS.soakGrowthMb)} |`,
    ...listRows,
    `| gateway RSS with ${LIST_TOOLS.toLocaleString('en-US')} more tools registered | ${rssWithTools.toFixed(0)} MB | |`,
    '',
    `How it is measured: CPU per call is the process's user + system time (\`/proc/<pid>/stat\`; the client's own \`process.cpuUsage()\`) over the measured rounds divided by their calls. On ${m.nproc} cores the client, the gateway and the upstream share the CPU and the direct run has one process fewer: direct throughput is bounded by the upstream's single thread, while the through run must also fit the gateway's work into the same cores. So the measured ratio counts the gateway's CPU per call against the upstream's, and other work on the machine (see the load average) skews both. The projected row is what the CPU costs would give if each process had a core of its own (the gateway is then the bottleneck only when it spends more CPU per call than the upstream); it is derived, not measured. At concurrency ${CONCURRENCY} a call waits mostly in queues, so its added p50 follows the throughput ratio (Little's law: p50 is about ${CONCURRENCY} / calls per second); the one-at-a-time row shows what the gateway itself adds to a call. \`tools/list\`: ${LIST_REQUESTS} sequential whole listings (each following \`nextCursor\` to the end) after 20 warm-ups, on one keep-alive connection, each request timed until the last byte of its answer and summed over the pages (this client's own JSON parse of a page is left out), and the floor rows fetch the very bytes of those answers from a bare node:http server the same way; the answers come from the backend's listing, built once per catalog snapshot, with each page encoded once.`,
  ]
  await writeSection('mcp', lines)
}

/** Sequential whole listings of a virtual server's tools: p50 of the first page and of the whole. */
async function measureList(port, urlPath, size) {
  const first = []
  const whole = []
  const bodies = []
  let pages = 0
  let id = 0
  for (let i = 0; i < LIST_REQUESTS + 20; i++) {
    let elapsed = 0
    let cursor
    let seen = 0
    pages = 0
    do {
      // timed: the request until its whole body is read; not timed: this client parsing it
      const started = performance.now()
      const res = await post(
        port,
        urlPath,
        rpc('tools/list', cursor === undefined ? {} : { cursor }, id++),
        modernHeaders('tools/list'),
      )
      elapsed += performance.now() - started
      if (res.status !== 200) throw new Error(`tools/list failed: ${res.status}`)
      const { result } = JSON.parse(res.text)
      if (pages === 0 && i >= 20) first.push(elapsed)
      bodies[pages] = res.text
      seen += result.tools.length
      cursor = result.nextCursor
      pages++
    } while (cursor !== undefined)
    if (seen !== size) throw new Error(`tools/list answered ${seen} tools, not ${size}`)
    if (i >= 20) whole.push(elapsed)
  }
  return { pages, first: median(first), whole: median(whole), floor: await listFloor(bodies) }
}

/**
 * The same listings' bytes from a bare node:http server, fetched the same way: what this client and
 * loopback take for them, with no gateway (p50 of whole listings).
 */
async function listFloor(bodies) {
  let served = 0
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(bodies[served++ % bodies.length])
    })
  })
  const port = await freePort()
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const whole = []
  for (let i = 0; i < LIST_REQUESTS + 20; i++) {
    let elapsed = 0
    for (let page = 0; page < bodies.length; page++) {
      const started = performance.now()
      const res = await post(port, '/', rpc('tools/list', {}, i), modernHeaders('tools/list'))
      elapsed += performance.now() - started
      if (res.text !== bodies[page]) throw new Error('the floor server answered out of order')
    }
    if (i >= 20) whole.push(elapsed)
  }
  server.close()
  return median(whole)
}

/** Every 5th sample's `key`, rounded to MB. */
const every5 = (samples, key) =>
  samples
    .filter((_, i) => i % 5 === 0)
    .map((s) => s[key].toFixed(0))
    .join(', ')
const signed = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`

/** Least-squares slope of RSS (MB) over calls. */
function slopeOf(samples) {
  const n = samples.length
  const mx = samples.reduce((s, p) => s + p.calls, 0) / n
  const my = samples.reduce((s, p) => s + p.rss, 0) / n
  let num = 0
  let den = 0
  for (const p of samples) {
    num += (p.calls - mx) * (p.rss - my)
    den += (p.calls - mx) ** 2
  }
  return den === 0 ? 0 : num / den
}

main()
  .catch((error) => {
    console.error(`mcp bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(killAll)
