#!/usr/bin/env node
// Switchyard as a library: @switchyard/core federates one MCP upstream (its tools, resources and
// prompts, prefixed `upstream-...`) and @switchyard/transports serves them to one client on stdio.
//
//   node index.mjs <command> [args...]    a stdio upstream, e.g. npx -y @modelcontextprotocol/server-everything
//   node index.mjs <http(s) URL>          a streamable HTTP upstream
//
// stdout carries only JSON-RPC; errors go to stderr. The registry lives in a temp folder, removed on exit.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createFederation,
  createRegistry,
  createServerBackend,
  createUpstreamPool,
  openStore,
} from '@switchyard/core'
import { connectUpstream, serveStdio } from '@switchyard/transports'

const [target, ...args] = process.argv.slice(2)
if (target === undefined) {
  process.stderr.write('usage: node index.mjs <command> [args...] | <http(s) URL>\n')
  process.exit(2)
}

const dataDir = mkdtempSync(join(tmpdir(), 'switchyard-embed-'))
const store = await openStore({ dataDir })
// Nothing here is secret or has users: an identity sealer and no password hashing.
const registry = await createRegistry({
  store,
  sealer: { seal: (text) => text, open: (text) => text },
  passwords: {
    hash: () => Promise.reject(new Error('no users')),
    verify: () => Promise.resolve(false),
  },
})
const pool = createUpstreamPool({
  connect: connectUpstream,
  clientInfo: { name: 'switchyard-embed', version: '1.0.0' },
})
const federation = createFederation({ registry, pool, refreshIntervalMs: 0, healthIntervalMs: 0 })

async function shutdown(code) {
  await federation.close()
  await pool.close()
  await registry.close()
  await store.close()
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}

try {
  const upstream = /^https?:\/\//.test(target)
    ? { name: 'upstream', url: target, transport: 'streamablehttp' }
    : { name: 'upstream', command: target, args }
  const gateway = await registry.gateways.create(upstream, { email: null })
  await federation.refresh(gateway.id)
  const catalog = await registry.catalog.settled()
  const backend = createServerBackend({
    catalog,
    pool,
    serverId: null,
    viewer: { all: true },
    serverInfo: { name: 'switchyard-embed', version: '1.0.0' },
  })
  const face = serveStdio({ backend })
  process.stderr.write(`switchyard-embed: serving ${catalog.toolsByName.size} tools on stdio\n`)
  await face.closed
  await shutdown(0)
} catch (error) {
  process.stderr.write(
    `switchyard-embed: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  await shutdown(1)
}
