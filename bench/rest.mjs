// REST benchmark: a REST tool call through a Switchyard virtual server (MCP tools/call, 2026 era)
// against the same HTTP request made directly, in one run, one call at a time and at concurrency
// 16. The REST API is a bare node:http server answering a small JSON document. Writes its section
// of bench/RESULTS.md.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { callTool, CPU_PROF, json, start, startGateway, stop, waitFor } from './lib/calls.mjs'
import { freePort, killAll, onCleanup, tempDir } from './lib/harness.mjs'
import { sideBySide, sideBySideTable, writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'apps/gateway/dist/cli.js')
const CALLS = Number(process.env.BENCH_REST_CALLS ?? 10_000)
const TARGET_ADDED_P50_MS = 1
const API = `require('node:http').createServer((req, res) => {
  const id = Number(req.url.split('/').pop())
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ id, name: 'item ' + id, tags: ['a', 'b'] }))
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'))`

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
onCleanup(() => agent.destroy())

/** One direct GET of the REST API, its JSON read whole. */
function getItem(port, id) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: `/items/${id}`, agent }, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => (text.includes('"item ') ? resolve() : reject(new Error(text))))
    })
    req.on('error', reject)
  })
}

async function main() {
  readFileSync(CLI)
  const apiPort = await freePort()
  start(['-e', API], { PORT: String(apiPort) })
  const gatewayPort = await freePort()
  const gateway = startGateway(CLI, gatewayPort, tempDir())
  await waitFor(() => getItem(apiPort, 1).then(() => true), 'REST API')
  await waitFor(
    () => json(gatewayPort, 'GET', '/health').then((r) => r.status === 'healthy'),
    'gateway',
  )
  const tool = await json(gatewayPort, 'POST', '/tools', {
    name: 'item',
    url: `http://127.0.0.1:${apiPort}/items/{id}`,
    requestType: 'GET',
    inputSchema: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
  })
  const server = await json(gatewayPort, 'POST', '/servers', {
    name: 'rest-bench',
    associated_tools: [tool.id],
  })
  const through = `/servers/${server.id}/mcp`
  const direct = (i) => getItem(apiPort, (i % 100) + 1)
  const viaGateway = (i) =>
    callTool(gatewayPort, through, 'item', { id: (i % 100) + 1 }, i, '"item ')

  console.error(
    `rest bench: ${CALLS} calls one at a time and at concurrency 16, direct and through`,
  )
  const result = await sideBySide(direct, viaGateway, { calls: CALLS })
  if (CPU_PROF) {
    await stop(gateway)
    console.log(`through ${result.loaded.through.rps.toFixed(0)}/s; profile in ${CPU_PROF}`)
    return
  }
  await writeSection('rest', [
    '## REST tool call through the gateway vs the same HTTP request directly (same run)',
    '',
    `- ${new Date().toISOString()}; a REST tool \`GET /items/{id}\` on a bare node:http API answering ~60 bytes of JSON; through: a 2026-era MCP \`tools/call\` to a virtual server (argument check, path mapping, JSON -> \`structuredContent\` + text); direct: the same GET with a keep-alive node:http client. One at a time: the median of ${result.blocks} blocks of ${result.block} calls each way, interleaved.`,
    '',
    ...sideBySideTable(
      result,
      { direct: 'direct GET', through: 'tools/call through Switchyard' },
      TARGET_ADDED_P50_MS,
    ),
    'The through path makes two HTTP exchanges (client to gateway, gateway to API) where the direct one makes one.',
  ])
}

main()
  .catch((error) => {
    console.error(`rest bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(killAll)
