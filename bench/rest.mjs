// REST benchmark: a REST tool call through a Switchyard virtual server (MCP tools/call, 2026 era)
// against the same HTTP request made directly, in one run, one call at a time and at concurrency
// 16. The REST API is a bare node:http server answering a small JSON document. Writes its section
// of bench/RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { callTool, CPU_PROF, json, load, start, startGateway, stop, waitFor } from './lib/calls.mjs'
import { freePort, killAll, onCleanup, tempDir } from './lib/harness.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'apps/gateway/dist/cli.js')
const RESULTS = path.resolve(process.env.BENCH_RESULTS ?? path.join(ROOT, 'bench/RESULTS.md'))
const CALLS = Number(process.env.BENCH_REST_CALLS ?? 10_000)
const BLOCK = 200
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

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
  await load(direct, 1000, 16)
  await load(viaGateway, 1000, 16)
  const one = { direct: [], through: [] }
  for (let block = 0; block < CALLS / BLOCK / 2; block++) {
    one.direct.push((await load(direct, BLOCK, 1)).p50)
    one.through.push((await load(viaGateway, BLOCK, 1)).p50)
  }
  const loaded = {
    direct: await load(direct, CALLS, 16),
    through: await load(viaGateway, CALLS, 16),
  }
  if (CPU_PROF) {
    await stop(gateway)
    console.log(`through ${loaded.through.rps.toFixed(0)}/s; profile in ${CPU_PROF}`)
    return
  }

  const added = median(one.through) - median(one.direct)
  const f2 = (x) => x.toFixed(2)
  const section = [
    '<!-- rest:start -->',
    '## REST tool call through the gateway vs the same HTTP request directly (same run)',
    '',
    `- ${new Date().toISOString()}; a REST tool \`GET /items/{id}\` on a bare node:http API answering ~60 bytes of JSON; through: a 2026-era MCP \`tools/call\` to a virtual server (argument check, path mapping, JSON -> \`structuredContent\` + text); direct: the same GET with a keep-alive node:http client. One at a time: the median of ${one.direct.length} blocks of ${BLOCK} calls each way, interleaved.`,
    '',
    '| path | p50 one at a time, ms | calls/s at concurrency 16 | p50 at 16, ms |',
    '| --- | ---: | ---: | ---: |',
    `| direct GET | ${f2(median(one.direct))} | ${loaded.direct.rps.toFixed(0)} | ${f2(loaded.direct.p50)} |`,
    `| tools/call through Switchyard | ${f2(median(one.through))} | ${loaded.through.rps.toFixed(0)} | ${f2(loaded.through.p50)} |`,
    '',
    `Added p50 one call at a time: **${f2(added)} ms** (target < ${TARGET_ADDED_P50_MS} ms: ${added < TARGET_ADDED_P50_MS ? 'met' : '**missed**'}). The through path makes two HTTP exchanges (client to gateway, gateway to API) where the direct one makes one.`,
    '<!-- rest:end -->',
  ].join('\n')
  console.log(section)
  const current = readFileSync(RESULTS, 'utf8')
  writeFileSync(
    RESULTS,
    current.includes('<!-- rest:start -->')
      ? current.replace(/<!-- rest:start -->[\s\S]*<!-- rest:end -->/, section)
      : `${current.trimEnd()}\n\n${section}\n`,
  )
}

main()
  .catch((error) => {
    console.error(`rest bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(killAll)
