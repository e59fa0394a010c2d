// Tracing benchmark: tools/call through three gateways in one run, side by side: observability
// un-wired (OTEL_ENABLE_OBSERVABILITY=false, the request path without the instrumentation), tracing
// off (the default: metrics recorded, no OTLP endpoint) and tracing on (spans exported over OTLP/HTTP
// protobuf, the default, and over OTLP/HTTP JSON, and with 1 trace in 10 sampled, to receivers in
// this process). Same upstream, same raw HTTP client, short interleaved rounds (a
// pooled upstream socket idle past the upstream's 5 s keep-alive timeout can hang up). Writes
// its section of bench/RESULTS.md.
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  callEcho,
  cpuMs,
  json,
  load,
  MAX_SOCKETS,
  modernHeaders,
  post,
  rpc,
  start,
  waitFor,
} from './lib/calls.mjs'
import { freePort, intEnv, killAll, median, tempDir } from './lib/harness.mjs'
import { countSpans } from './lib/otlp-count.mjs'
import { writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'apps/gateway/dist/cli.js')
const CALLS = intEnv('BENCH_TRACING_CALLS', 60_000)
const CONCURRENCY = Math.min(MAX_SOCKETS, intEnv('BENCH_TRACING_CONCURRENCY', 16))
const ROUNDS = 10
const WARMUP = 500
const TARGETS = { off: 0.98, on: 0.9 }
const SETTLE_MS = 1200

/** An OTLP/HTTP receiver that counts the spans it is sent, by encoding. */
async function receiver() {
  const spans = {}
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const type = req.headers['content-type']
      spans[type] = (spans[type] ?? 0) + countSpans(Buffer.concat(chunks), type)
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  const port = await freePort()
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${port}`, spans: () => spans, close: () => server.close() }
}

/**
 * A gateway process with `env`, fronting the upstream through one virtual server: its call, and
 * the CPU it has used so far (ms).
 */
async function gateway(upstreamPort, env) {
  const port = await freePort()
  const child = start([CLI, 'serve', '--port', String(port)], {
    AUTH_REQUIRED: 'false',
    LOG_LEVEL: 'warn',
    SWITCHYARD_DATA_DIR: tempDir(),
    ...env,
  })
  await waitFor(() => json(port, 'GET', '/health').then((r) => r.status === 'healthy'), 'gateway')
  const upstream = await json(port, 'POST', '/gateways', {
    name: 'bench',
    url: `http://127.0.0.1:${upstreamPort}/mcp`,
  })
  await waitFor(
    () => json(port, 'GET', `/gateways/${upstream.id}`).then((g) => g.status === 'active'),
    'discovery',
  )
  const tools = await json(port, 'GET', `/tools?gateway_id=${upstream.id}`)
  const server = await json(port, 'POST', '/servers', {
    name: 'bench',
    associated_tools: tools.map((t) => t.id),
  })
  return {
    call: (id) => callEcho(port, `/servers/${server.id}/mcp`, 'bench-echo', id),
    cpu: () => cpuMs(child.pid),
  }
}

async function main() {
  const upstreamPort = await freePort()
  start([path.join(ROOT, 'apps/gateway/src/test/fixtures/echo-upstream.mjs')], {
    PORT: String(upstreamPort),
  })
  await waitFor(
    () =>
      post(upstreamPort, '/mcp', rpc('tools/list', {}, 0), modernHeaders('tools/list')).then(
        (r) => r.status === 200,
      ),
    'upstream',
  )
  const otlp = await receiver()
  const sampledOtlp = await receiver()
  const variants = {
    none: await gateway(upstreamPort, { OTEL_ENABLE_OBSERVABILITY: 'false' }),
    off: await gateway(upstreamPort, {}),
    on: await gateway(upstreamPort, { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url }),
    json: await gateway(upstreamPort, {
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    }),
    sampled: await gateway(upstreamPort, {
      OTEL_EXPORTER_OTLP_ENDPOINT: sampledOtlp.url,
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.1',
    }),
  }
  console.error(`tracing bench: ${CALLS} calls per variant at concurrency ${CONCURRENCY}`)
  for (const { call } of Object.values(variants)) await load(call, WARMUP, CONCURRENCY)
  const rounds = []
  const cpu = { none: 0, off: 0, on: 0, json: 0, sampled: 0 }
  const names = Object.keys(variants)
  for (let round = 0; round < ROUNDS; round++) {
    const result = {}
    // each round starts with the next variant, so that no variant always runs first or last
    const order = names.map((_, i) => names[(i + round) % names.length])
    for (const name of order) {
      const { call, cpu: used } = variants[name]
      const before = used()
      result[name] = await load(call, CALLS / ROUNDS, CONCURRENCY)
      // the round's last batch is exported (at most 1 s after its first span waits) and counted
      // here, before the next variant's round, which it would otherwise share the cores with
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      cpu[name] += used() - before
    }
    rounds.push(result)
  }
  // gateway CPU per call in µs (load-insensitive, unlike throughput on shared cores)
  const perCall = (name) => (cpu[name] * 1000) / CALLS
  const rps = (name) => median(rounds.map((r) => r[name].rps))
  const p50 = (name) => median(rounds.map((r) => r[name].p50))
  const ratio = {
    off: median(rounds.map((r) => r.off.rps / r.none.rps)),
    on: median(rounds.map((r) => r.on.rps / r.none.rps)),
    json: median(rounds.map((r) => r.json.rps / r.none.rps)),
    sampled: median(rounds.map((r) => r.sampled.rps / r.none.rps)),
  }
  const verdict = (ok) => (ok ? 'met' : '**missed**')
  const pct = (x) => `${(x * 100).toFixed(1)}%`
  otlp.close()
  sampledOtlp.close()
  const sampledSpans = Object.values(sampledOtlp.spans()).reduce((sum, n) => sum + n, 0)
  await writeSection('tracing', [
    '## Tracing overhead: instrumentation absent vs tracing off vs tracing on (same run)',
    '',
    `- ${new Date().toISOString()}; ${CALLS} modern-era \`tools/call\` requests of a trivial \`echo\` tool per variant at concurrency ${CONCURRENCY}, after ${WARMUP} warm-up calls each, in ${ROUNDS} interleaved rounds, each starting with the next variant and each variant's round followed by ${SETTLE_MS / 1000} s at rest (its last export batch; its CPU counted) (medians shown); five \`switchyard serve\` processes on the embedded store in front of one SDK v2 upstream; raw HTTP keep-alive client. Spans received by the OTLP receiver: ${Object.entries(
      otlp.spans(),
    )
      .map(([type, n]) => `${n} as ${type}`)
      .join(
        ', ',
      )}; from the 1-in-10 sampled gateway, ${sampledSpans} (${((sampledSpans / (3 * (CALLS + WARMUP))) * 100).toFixed(1)}% of 3 per call).`,
    '',
    '| variant | calls/s | p50 ms |',
    '| --- | ---: | ---: |',
    `| none: \`OTEL_ENABLE_OBSERVABILITY=false\` (instrumentation un-wired) | ${rps('none').toFixed(0)} | ${p50('none').toFixed(2)} |`,
    `| off: default (metrics recorded, no OTLP endpoint) | ${rps('off').toFixed(0)} | ${p50('off').toFixed(2)} |`,
    `| on: \`OTEL_EXPORTER_OTLP_ENDPOINT\` set (3 spans per call exported as OTLP protobuf, the default) | ${rps('on').toFixed(0)} | ${p50('on').toFixed(2)} |`,
    `| on, JSON: also \`OTEL_EXPORTER_OTLP_PROTOCOL=http/json\` | ${rps('json').toFixed(0)} | ${p50('json').toFixed(2)} |`,
    `| on, sampled: protobuf, \`OTEL_TRACES_SAMPLER=parentbased_traceidratio\`, \`OTEL_TRACES_SAMPLER_ARG=0.1\` | ${rps('sampled').toFixed(0)} | ${p50('sampled').toFixed(2)} |`,
    '',
    '| measure | value | target |',
    '| --- | ---: | --- |',
    `| throughput off / none (median of round ratios) | ${pct(ratio.off)} | >= 98%: ${verdict(ratio.off >= TARGETS.off)} |`,
    `| throughput on / none | ${pct(ratio.on)} | >= 90%: ${verdict(ratio.on >= TARGETS.on)} |`,
    `| throughput on with JSON export / none | ${pct(ratio.json)} | |`,
    `| throughput on with 1 trace in 10 sampled / none | ${pct(ratio.sampled)} | |`,
    `| gateway CPU per call, none / off / on / on with JSON / on, sampled (user + system over all rounds) | ${['none', 'off', 'on', 'json', 'sampled'].map((name) => perCall(name).toFixed(0)).join(' / ')} µs | |`,
    `| CPU per call added by tracing on (on - off; with JSON export; 1 in 10 sampled), and by metrics (off - none) | ${(perCall('on') - perCall('off')).toFixed(0)} µs (${(perCall('json') - perCall('off')).toFixed(0)} µs; ${(perCall('sampled') - perCall('off')).toFixed(0)} µs), ${(perCall('off') - perCall('none')).toFixed(0)} µs | |`,
    `| all round ratios off / on / on with JSON / on, sampled | ${rounds.map((r) => ['off', 'on', 'json', 'sampled'].map((name) => pct(r[name].rps / r.none.rps)).join(' / ')).join(', ')} | |`,
    '',
    'On 2 cores the load generator, five gateways and the upstream share the CPU, so a round-to-round spread of a few percent is noise; the median ratio counts. The CPU rows are the steadier measure: the own user + system time (`/proc/<pid>/stat`) over its measured calls.',
  ])
}

main()
  .catch((error) => {
    console.error(`tracing bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(killAll)
