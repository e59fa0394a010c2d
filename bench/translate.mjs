// Bridge benchmark: the same stdio MCP server behind `switchyard-translate`, `supergateway` and
// `mcp-proxy` (both from npm), driven by the same raw HTTP client at the same concurrency, over legacy
// SSE and over streamable HTTP (one session each). Prints calls/s, p50/p99 latency and the RSS of each
// bridge; then checks switchyard-translate for process and memory growth over a long run. Writes its
// section of bench/RESULTS.md.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sseSession, streamableSession } from './lib/bridge-sessions.mjs'
import { rssMb, tree, treeRss } from './lib/processes.mjs'
import { freePort, intEnv, killAll, log, tempDir, track } from './lib/harness.mjs'
import { formatMarkdown, machine } from './lib/report.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RESULTS = path.resolve(process.env.BENCH_RESULTS ?? path.join(ROOT, 'bench/RESULTS.md'))
const CONCURRENCY = intEnv('BENCH_TRANSLATE_CONCURRENCY', 8)
const CALLS = intEnv('BENCH_TRANSLATE_CALLS', 10_000)
const WARMUP = intEnv('BENCH_TRANSLATE_WARMUP', 1_000)
const LONG_RUN = intEnv('BENCH_TRANSLATE_LONG_RUN', 10_000)
const ROUNDS = intEnv('BENCH_TRANSLATE_ROUNDS', 3)
const TARGET_RATIO = 1.5
const require = createRequire(path.join(ROOT, 'package.json'))

/** A stdio MCP server that answers at once, so that the bridges are what is measured. */
const SERVER = `
import { createInterface } from 'node:readline'
const send = (m) => process.stdout.write(JSON.stringify(m) + '\\n')
createInterface({ input: process.stdin }).on('line', (line) => {
  const m = JSON.parse(line)
  if (m.id === undefined || m.method === undefined) return
  const reply = (result) => send({ jsonrpc: '2.0', id: m.id, result })
  if (m.method === 'initialize') return reply({ protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'bench-echo', version: '1.0.0' } })
  if (m.method === 'tools/list') return reply({ tools: [{ name: 'echo', inputSchema: { type: 'object' } }] })
  if (m.method === 'tools/call') return reply({ content: [{ type: 'text', text: m.params.arguments.message }] })
  if (m.method === 'ping') return reply({})
  send({ jsonrpc: '2.0', id: m.id, error: { code: -32601, message: 'Method not found' } })
})
`

/** The JS entry of an npm package's bin, so that the measured pid is the bridge's own node process. */
function binOf(name, bin = name) {
  const file = require.resolve(`${name}/package.json`)
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin]
  return path.join(path.dirname(file), entry)
}

function bridges(server) {
  const command = `${process.execPath} ${server}`
  return [
    {
      name: 'switchyard-translate',
      version: JSON.parse(readFileSync(path.join(ROOT, 'packages/translate/package.json'), 'utf8'))
        .version,
      args: (port, mode) => [
        path.join(ROOT, 'packages/translate/dist/cli.js'),
        '--stdio',
        command,
        mode === 'sse' ? '--expose-sse' : '--expose-streamable-http',
        '--port',
        String(port),
        '--logLevel',
        'info',
      ],
      // its startup check of the command ends before it logs this
      ready: /listening on/,
    },
    {
      name: 'supergateway',
      version: require('supergateway/package.json').version,
      args: (port, mode) => [
        binOf('supergateway'),
        '--stdio',
        command,
        ...(mode === 'sse' ? [] : ['--outputTransport', 'streamableHttp', '--stateful']),
        '--port',
        String(port),
        '--logLevel',
        'none',
      ],
    },
    {
      name: 'mcp-proxy',
      version: require('mcp-proxy/package.json').version,
      args: (port, mode) => [
        binOf('mcp-proxy'),
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--server',
        mode === 'sse' ? 'sse' : 'stream',
        '--',
        process.execPath,
        server,
      ],
    },
  ]
}

async function startBridge(bridge, mode) {
  const port = await freePort()
  const child = track(
    spawn(process.execPath, bridge.args(port, mode), {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${bridge.name} exited: ${stderr}`)
    if (Date.now() > deadline) throw new Error(`${bridge.name} did not listen: ${stderr}`)
    const up = await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        res.resume()
        resolve(true)
      })
      req.on('error', () => resolve(false))
    })
    if (up && (bridge.ready === undefined || bridge.ready.test(stderr))) return { child, port }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function stopBridge(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** `total` calls with CONCURRENCY in flight on one session; throughput and latency. */
async function load(session, total, firstId) {
  const latencies = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const id = firstId + next++
        const t = performance.now()
        await session.call(id)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
  return { rps: total / seconds, p50: q(0.5), p99: q(0.99) }
}

async function measure(bridge, mode) {
  const { child, port } = await startBridge(bridge, mode)
  try {
    const session = mode === 'sse' ? await sseSession(port) : await streamableSession(port)
    await load(session, WARMUP, 1)
    const result = await load(session, CALLS, 1 + WARMUP)
    const rss = rssMb(child.pid)
    const total = treeRss(child.pid)
    await session.close()
    return { ...result, rss, total }
  } finally {
    await stopBridge(child)
  }
}

/** switchyard-translate over a long run: processes and RSS after warm-up and at the end. */
async function growth(bridge) {
  const { child, port } = await startBridge(bridge, 'streamable')
  try {
    const session = await streamableSession(port)
    await load(session, WARMUP, 1)
    const before = { processes: tree(child.pid).length, rss: rssMb(child.pid) }
    let id = 1 + WARMUP
    const samples = []
    for (let done = 0; done < LONG_RUN; done += 1000) {
      await load(session, Math.min(1000, LONG_RUN - done), id)
      id += 1000
      samples.push(rssMb(child.pid))
    }
    const after = { processes: tree(child.pid).length, rss: rssMb(child.pid) }
    // sessions come and go too: 50 more, each initialised, used and deleted
    for (let i = 0; i < 50; i++) {
      const extra = await streamableSession(port)
      await extra.call(1)
      await extra.close()
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    return {
      before,
      after,
      samples,
      processesAfterSessions: tree(child.pid).length,
    }
  } finally {
    await stopBridge(child)
  }
}

async function main() {
  const serverFile = path.join(tempDir(), 'echo-server.mjs')
  writeFileSync(serverFile, SERVER)
  const all = bridges(serverFile)
  const rows = []
  for (const mode of ['sse', 'streamable']) {
    // Rounds interleave the bridges, so that other work on the machine hits them alike.
    const runs = new Map(all.map((bridge) => [bridge, []]))
    for (let round = 1; round <= ROUNDS; round++) {
      for (const bridge of all) {
        log(`translate bench: ${mode}, round ${round}/${ROUNDS}: ${bridge.name}, ${CALLS} calls`)
        runs.get(bridge).push(await measure(bridge, mode))
      }
    }
    for (const [bridge, results] of runs) {
      const sorted = [...results].sort((a, b) => a.rps - b.rps)
      const median = sorted[Math.floor(sorted.length / 2)]
      rows.push({ bridge, mode, ...median, low: sorted[0].rps, high: sorted.at(-1).rps })
    }
  }
  log(`translate bench: switchyard-translate long run of ${LONG_RUN} calls`)
  const long = await growth(all[0])
  process.stdout.write(await section(rows, long))
}

async function section(rows, long) {
  const m = machine(ROOT)
  const f = (x, digits = 2) => x.toFixed(digits)
  const lines = [
    '<!-- translate:start -->',
    '## Bridges: one stdio server behind switchyard-translate, supergateway and mcp-proxy',
    '',
    `- ${new Date().toISOString()}; ${m.nproc} cores (${m.cpu}), Node ${m.node}, commit ${m.commit}; load average at the start ${m.load}.`,
    `- The same stdio server (a JSON-RPC echo that answers at once), the same raw HTTP keep-alive client, one session per bridge, ${CONCURRENCY} \`tools/call\` requests in flight; ${WARMUP} warm-up calls, then ${CALLS} measured; ${ROUNDS} rounds with the bridges interleaved, each bridge started afresh per round; the round with the median calls/s is shown (min-max in brackets). SSE: legacy HTTP+SSE (answers on the GET stream); streamable: stateful streamable HTTP (supergateway \`--stateful\`). RSS: the bridge process after the run (and with its child server).`,
    '',
    '| transport | bridge | version | calls/s (min-max) | p50 ms | p99 ms | RSS MB (with child) | calls/s vs supergateway |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows) {
    const peer = rows.find((r) => r.mode === row.mode && r.bridge.name === 'supergateway')
    lines.push(
      `| ${row.mode} | ${row.bridge.name} | ${row.bridge.version} | ${f(row.rps, 0)} (${f(row.low, 0)}-${f(row.high, 0)}) | ${f(row.p50)} | ${f(row.p99)} | ${f(row.rss, 1)} (${f(row.total, 1)}) | ${f(row.rps / peer.rps)}x |`,
    )
  }
  const verdicts = ['sse', 'streamable'].map((mode) => {
    const ours = rows.find((r) => r.mode === mode && r.bridge.name === 'switchyard-translate')
    const theirs = rows.find((r) => r.mode === mode && r.bridge.name === 'supergateway')
    const ratio = ours.rps / theirs.rps
    const met = ratio >= TARGET_RATIO && ours.rss < theirs.rss
    return `| ${mode} | ${f(ratio)}x, RSS ${f(ours.rss, 1)} vs ${f(theirs.rss, 1)} MB | >= ${TARGET_RATIO}x and lower RSS: ${met ? 'met' : '**missed**'} |`
  })
  const grew = long.after.processes !== long.before.processes
  lines.push(
    '',
    '| transport | switchyard-translate vs supergateway | target |',
    '| --- | --- | --- |',
    ...verdicts,
    '',
    `Long run of switchyard-translate (streamable HTTP, ${LONG_RUN} calls after warm-up on one session): processes in its tree ${long.before.processes} before and ${long.after.processes} after (${grew ? '**grew**' : 'no growth'}); bridge RSS ${f(long.before.rss, 1)} MB after warm-up, then every 1,000 calls: ${long.samples.map((x) => f(x, 0)).join(', ')} MB. Then 50 more sessions, each opened (a child of its own), used and deleted: ${long.processesAfterSessions} processes in the tree a second later.`,
    '<!-- translate:end -->',
  )
  const text = lines.join('\n')
  const current = readFileSync(RESULTS, 'utf8')
  const next = current.includes('<!-- translate:start -->')
    ? current.replace(/<!-- translate:start -->[\s\S]*<!-- translate:end -->/, text)
    : `${current.trimEnd()}\n\n${text}\n`
  writeFileSync(RESULTS, await formatMarkdown(RESULTS, next))
  return `${text}\n`
}

main()
  .catch((error) => {
    console.error(`translate bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(killAll)
