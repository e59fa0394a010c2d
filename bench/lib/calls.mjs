// What the MCP and REST benchmarks share: a keep-alive HTTP client on loopback, modern-era
// (2026-07-28) JSON-RPC requests, a bounded load loop, and process CPU time.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { onCleanup, track } from './harness.mjs'

/** Requests in flight at most (the load loops' concurrency). */
export const MAX_SOCKETS = 16
/**
 * The keep-alive agent every benchmark request goes through. An idle socket is closed after 4 s,
 * before the servers' 5 s keep-alive timeout, so that no request goes out on a socket the server
 * is closing (which fails it with "socket hang up").
 */
export const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: 4000 })
onCleanup(() => agent.destroy())

/** BENCH_CPU_PROF=dir: the gateway writes a V8 CPU profile there (open it in Chrome DevTools). */
export const CPU_PROF = process.env.BENCH_CPU_PROF

/** The preload that lets a benchmark ask a process for a full GC and its memory (see probeMemory). */
const GC_PROBE = ['--expose-gc', '--import', new URL('./gc-probe.mjs', import.meta.url).href]

/** The unbundled `serve`: the bundled CLI's profile frames would not name their packages. */
const UNBUNDLED = fileURLToPath(new URL('./serve-unbundled.mjs', import.meta.url))

/**
 * Starts `switchyard serve` on a port over a fresh data dir (profiled, from the unbundled build,
 * when BENCH_CPU_PROF is set; with the GC probe preloaded when `gcProbe`).
 */
export function startGateway(cli, port, dataDir, { gcProbe = false } = {}) {
  const probe = gcProbe ? GC_PROBE : []
  const args = CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF)}`, ...probe, UNBUNDLED, String(port)]
    : [...probe, cli, 'serve', '--port', String(port)]
  return start(args, {
    AUTH_REQUIRED: 'false',
    LOG_LEVEL: 'warn',
    SWITCHYARD_DATA_DIR: dataDir,
  })
}

/** Spawns `node <args>` with only PATH and `env`, tracked for cleanup. */
export function start(args, env) {
  return track(
    spawn(process.execPath, args, {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
}

/** POSTs JSON; resolves with the status, headers and body text. */
export function post(port, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        )
      },
    )
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end(payload)
  })
}

/** The 2026-era per-request envelope of a benchmark client. */
const MODERN = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'bench', version: '1.0.0' },
  'io.modelcontextprotocol/clientCapabilities': {},
}
/** A modern JSON-RPC request. */
export const rpc = (method, params, id) => ({
  jsonrpc: '2.0',
  id,
  method,
  params: { ...params, _meta: MODERN },
})
/** The standard headers of a modern request. */
export const modernHeaders = (method, name) => ({
  'mcp-protocol-version': '2026-07-28',
  'mcp-method': method,
  ...(name && { 'mcp-name': name }),
})

/** One modern tools/call; throws unless it answers 200 with `expect` in the body. */
export async function callTool(port, urlPath, tool, args, id, expect) {
  const res = await post(
    port,
    urlPath,
    rpc('tools/call', { name: tool, arguments: args }, id),
    modernHeaders('tools/call', tool),
  )
  if (res.status !== 200 || !res.text.includes(expect) || res.text.includes('"isError":true'))
    throw new Error(`tools/call failed: ${res.status} ${res.text.slice(0, 200)}`)
}

/** One modern tools/call of an `echo` tool with `{message: 'hi'}`. */
export const callEcho = (port, urlPath, tool, id) =>
  callTool(port, urlPath, tool, { message: 'hi' }, id, '"hi"')

/** Runs `call(i)` for i < total with `concurrency` in flight; returns calls/s and latency percentiles. */
export async function load(call, total, concurrency = MAX_SOCKETS) {
  const latencies = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const id = next++
        const t = performance.now()
        await call(id)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
  return { rps: total / seconds, p50: q(0.5), p99: q(0.99) }
}

/** CPU time (user + system) a process has used so far, in ms; Linux only. */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
}
const CLOCK_TICKS = 100

/** The whole machine's CPU time so far by kind (`/proc/stat`), in ms summed over its cores. */
export function machineCpuMs() {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n', 1)[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map((ticks) => (Number(ticks) * 1000) / CLOCK_TICKS)
  return { user: user + nice, system, interrupts: softirq + irq, steal, idle: idle + iowait }
}

/** Stops a child with SIGTERM and waits for it to exit (so that --cpu-prof gets written). */
export function stop(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve)
    child.kill('SIGTERM')
  })
}

/** Polls `check` until it answers true. */
export async function waitFor(check, what, ms = 30_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${what} did not become ready`)
}

/** Sends JSON (or nothing) and parses the JSON answer. */
export async function json(port, method, urlPath, body) {
  const res = await new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method,
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (r) => {
        const chunks = []
        r.on('data', (c) => chunks.push(c))
        r.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())))
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
  return res
}

/**
 * Asks a process started with the GC probe for a full garbage collection; resolves with its heap
 * used and RSS right after it, in MB.
 */
export function probeMemory(child) {
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(() => {
      child.stderr.off('data', onData)
      reject(new Error('no answer from the GC probe'))
    }, 10_000)
    const onData = (chunk) => {
      text += chunk
      const line = /gc-probe (\{.*\})\n/.exec(text)
      if (!line) return
      clearTimeout(timer)
      child.stderr.off('data', onData)
      const { heapUsed, rss } = JSON.parse(line[1])
      resolve({ heapMb: heapUsed / 1048576, rssMb: rss / 1048576 })
    }
    child.stderr.on('data', onData)
    child.kill('SIGUSR2')
  })
}
