// gRPC benchmark: a unary gRPC method called as an MCP tool through a Switchyard virtual server
// (2026-era tools/call) against the same call made directly with @grpc/grpc-js, in one run, one at a
// time and at concurrency 16. The server is the test fixture (tests/grpc-fixture) in its own
// process. Writes its section of bench/RESULTS.md.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { callTool, CPU_PROF, json, start, startGateway, stop, waitFor } from './lib/calls.mjs'
import { freePort, killAll, tempDir } from './lib/harness.mjs'
import { sideBySide, sideBySideTable, writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'apps/gateway/dist/cli.js')
const FIXTURE = path.join(ROOT, 'tests/grpc-fixture')
const CALLS = Number(process.env.BENCH_GRPC_CALLS ?? 10_000)
const TARGET_ADDED_P50_MS = 1

const require = createRequire(path.join(FIXTURE, 'package.json'))
const grpc = require('@grpc/grpc-js')
const protoLoader = require('@grpc/proto-loader')

/** A plain grpc-js client of the fixture's shop service, as any gRPC user would write it. */
function directClient(target) {
  const definition = protoLoader.loadSync(path.join(FIXTURE, 'shop.proto'), {
    longs: String,
    enums: String,
    defaults: true,
  })
  const { Shop } = grpc.loadPackageDefinition(definition).shop.v1
  return new Shop(target, grpc.credentials.createInsecure())
}

async function main() {
  readFileSync(CLI)
  const grpcPort = await freePort()
  start([path.join(FIXTURE, 'cli.mjs'), '--port', String(grpcPort)], {})
  const target = `127.0.0.1:${grpcPort}`
  const client = directClient(target)
  const getProduct = (sku) =>
    new Promise((resolve, reject) =>
      client.GetProduct({ sku }, (error, product) =>
        error ? reject(error) : product.sku === sku ? resolve() : reject(new Error('wrong sku')),
      ),
    )
  const gatewayPort = await freePort()
  const gateway = startGateway(CLI, gatewayPort, tempDir())
  await waitFor(() => getProduct('BK-1').then(() => true), 'gRPC fixture')
  await waitFor(
    () => json(gatewayPort, 'GET', '/health').then((r) => r.status === 'healthy'),
    'gateway',
  )
  const service = await json(gatewayPort, 'POST', '/grpc', { name: 'shop', target })
  if (service.status !== 'active') throw new Error(`POST /grpc: ${JSON.stringify(service)}`)
  const tools = await json(gatewayPort, 'GET', '/tools?limit=100')
  const tool = tools.find((t) => t.name === 'shop-shop.v1.Shop.GetProduct')
  const server = await json(gatewayPort, 'POST', '/servers', {
    name: 'grpc-bench',
    associated_tools: [tool.id],
  })
  const through = `/servers/${server.id}/mcp`
  const skus = ['BK-1', 'BK-2', 'TL-1']
  const direct = (i) => getProduct(skus[i % 3])
  const viaGateway = (i) =>
    callTool(gatewayPort, through, tool.name, { sku: skus[i % 3] }, i, `"sku":"${skus[i % 3]}"`)

  console.error(
    `grpc bench: ${CALLS} calls one at a time and at concurrency 16, direct and through`,
  )
  const result = await sideBySide(direct, viaGateway, { calls: CALLS })
  client.close()
  if (CPU_PROF) {
    await stop(gateway)
    console.log(`through ${result.loaded.through.rps.toFixed(0)}/s; profile in ${CPU_PROF}`)
    return
  }
  await writeSection('grpc', [
    '## gRPC unary call through the gateway vs the same call made directly with grpc-js (same run)',
    '',
    `- ${new Date().toISOString()}; \`shop.v1.Shop/GetProduct\` of the reflection fixture (tests/grpc-fixture, its own process) answering a ~150-byte Product; through: a 2026-era MCP \`tools/call\` to a virtual server (argument check against the generated schema, JSON -> protobuf, one pooled HTTP/2 channel, protobuf -> canonical JSON as \`structuredContent\` + text); direct: a @grpc/grpc-js client built from the .proto with proto-loader. One at a time: the median of ${result.blocks} blocks of ${result.block} calls each way, interleaved.`,
    '',
    ...sideBySideTable(
      result,
      { direct: 'direct grpc-js unary call', through: 'tools/call through Switchyard' },
      TARGET_ADDED_P50_MS,
    ),
    'The through path adds an HTTP exchange (client to gateway) and the JSON <-> protobuf mapping.',
  ])
}

main()
  .catch((error) => {
    console.error(`grpc bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(killAll)
