// Reads a V8 CPU profile of the gateway (node --cpu-prof) and says where its time went per call:
// each sample is charged to the nearest frame on its stack that belongs to a part of the gateway
// (its own packages, hono, the node-server adapter) or, failing that, to the node:http side or the
// socket layer it ran in. Samples before the first served MCP call (start-up, registration), idle
// samples and `writev` (the sampler counts wall time, and a write on loopback that wakes the peer
// is often pre-empted inside the syscall, so its samples measure the scheduler, not the gateway)
// are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const PARTS = [
  [
    /apps\/gateway\/dist\/(telemetry|metrics)|prom-client/,
    'gateway telemetry and metrics (observe-requests, -backend, -upstream)',
  ],
  [/apps\/gateway\/dist\/http/, 'gateway HTTP middleware (security headers, body limit)'],
  [/apps\/gateway\/dist\/audit/, 'gateway audit (middleware, MCP denials)'],
  [
    /apps\/gateway\/dist\/(mcp|auth|limits)|packages\/auth\//,
    'gateway MCP routes, auth, backend resolver',
  ],
  [/\/node_modules\/hono\//, 'hono (router, middleware chain, context)'],
  [/@hono\/node-server/, '@hono/node-server (web Request/Response over node:http)'],
  [/packages\/transports\/dist\/face/, 'transports: MCP face (body, fast path, answer)'],
  [
    /packages\/transports\/dist\/upstream/,
    'transports: upstream client (direct POST, incl. the node:http request it makes)',
  ],
  [/packages\/core\/dist|\/ajv\//, 'core: backend, argument check, forward, pool'],
  [/zod|@modelcontextprotocol/, 'MCP SDK and zod'],
]
const NODE_PARTS = [
  [
    /_http_server|_http_incoming|_http_common|_http_outgoing/,
    'node:http server side (parse, headers)',
  ],
  [/_http_client|_http_agent/, 'node:http client side (answer parse, agent)'],
  [/node:net|stream/, 'node sockets and streams'],
]

/** The newest .cpuprofile in a folder. */
export function newestProfile(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(dir, name))
  files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`)
  return files[0]
}

/** Shares of the gateway's busy time by part: [{ part, share }], largest first. */
export function profileParts(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const stack = function* (id) {
    for (let at = id; at !== undefined; at = parent.get(at)) yield byId.get(at)
  }
  const partOf = (leaf) => {
    const name = leaf.callFrame.functionName
    if (name === '(garbage collector)') return 'garbage collection'
    for (const rules of [PARTS, NODE_PARTS]) {
      for (const frame of stack(leaf.id)) {
        for (const [pattern, part] of rules) if (pattern.test(frame.callFrame.url)) return part
      }
    }
    return 'other node internals (microtasks, timers, events)'
  }
  const served = (leaf) =>
    [...stack(leaf.id)].some((f) => f.callFrame.functionName === 'serveModernCall')
  const time = new Map()
  let total = 0
  let started = false
  for (let i = 0; i < profile.samples.length; i++) {
    const leaf = byId.get(profile.samples[i])
    started ||= served(leaf)
    const name = leaf.callFrame.functionName
    if (!started || name === '(idle)' || name === '(program)' || name === 'writev') continue
    const part = partOf(leaf)
    time.set(part, (time.get(part) ?? 0) + profile.timeDeltas[i])
    total += profile.timeDeltas[i]
  }
  return [...time]
    .map(([part, t]) => ({ part, share: t / total }))
    .sort((a, b) => b.share - a.share)
}
