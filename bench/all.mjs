#!/usr/bin/env node
// `pnpm bench`: every benchmark of bench/, one after the other in one run, each writing its section
// of bench/RESULTS.md; this script writes the header (machine, versions, load average, what ran).
// A benchmark that fails does not stop the others; the exit code says whether any failed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatMarkdown, machine } from './lib/report.mjs'
import { RESULTS } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * The benchmarks, in the order they run, and what each measures. Add a new benchmark here (and a
 * `bench:<name>` script in the root package.json). `cluster.mjs` (gateway replicas behind one
 * address) is listed ahead of its arrival: until the file exists it is reported as not present.
 */
const BENCHES = [
  ['run.mjs', 'cold start, idle memory, REST `GET /tools` at 1,000 and 10,000 tools'],
  [
    'mcp.mjs',
    'MCP tools/call direct vs through the gateway, RSS over 100,000 calls, MCP tools/list at 1,000 and 10,000 tools',
  ],
  ['rest.mjs', 'a REST tool through the gateway vs the same HTTP request directly'],
  ['grpc.mjs', 'a gRPC unary call through the gateway vs grpc-js directly'],
  ['translate.mjs', 'switchyard-translate vs supergateway vs mcp-proxy'],
  ['auth.mjs', 'auth overhead per credential kind'],
  [
    'tracing.mjs',
    'tracing overhead: instrumentation absent / off / on (protobuf and JSON export, 1 in 10 sampled)',
  ],
  ['cluster.mjs', 'cluster scaling: gateway replicas'],
]

const version = (file, name) => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))
  return name ? (pkg.devDependencies?.[name] ?? pkg.dependencies?.[name] ?? '?') : pkg.version
}
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')

async function writeHeader(lines) {
  const section = ['<!-- header:start -->', ...lines, '<!-- header:end -->'].join('\n')
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : ''
  const block = /<!-- header:start -->[\s\S]*<!-- header:end -->/
  const body = current.replace(block, '').replace(/^# Switchyard benchmark results\s*/, '')
  const next = `# Switchyard benchmark results\n\n${section}\n\n${body.trimStart()}`
  writeFileSync(RESULTS, await formatMarkdown(RESULTS, next))
}

async function main() {
  const m = machine(ROOT)
  const started = new Date()
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
  const header = [
    only === undefined
      ? `- One run of \`pnpm bench\` (\`bench/all.mjs\`), started ${started.toISOString()}: every section below comes from it unless its own date says otherwise.`
      : `- A partial run of \`bench/all.mjs\` (\`BENCH_ONLY=${only.join(',')}\`), started ${started.toISOString()}: the other sections come from earlier runs (see their dates).`,
    `- Machine: ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.os}; Node ${m.node}; commit ${m.commit}.`,
    `- Versions: switchyard ${version('apps/gateway/package.json')}, supergateway ${version('package.json', 'supergateway')}, mcp-proxy ${version('package.json', 'mcp-proxy')}.`,
    `- Load average (1/5/15 min) at the start: ${m.load}. Other work on the machine skews every number; the ratios (measured side by side, interleaved) less than the absolute ones.`,
    '- Setup: every server a child process on loopback with a fresh embedded store, `AUTH_REQUIRED=false` unless a section says otherwise, `LOG_LEVEL=warn`.',
  ]
  const ran = []
  let failed = 0
  // BENCH_ONLY=mcp.mjs,rest.mjs: a subset (the header says which ran)
  for (const [file, what] of BENCHES) {
    if (only !== undefined && !only.includes(file)) {
      ran.push(`| \`${file}\` | ${what} | not run (BENCH_ONLY) | - |`)
      continue
    }
    if (!existsSync(path.join(ROOT, 'bench', file))) {
      ran.push(`| \`${file}\` | ${what} | not present | - |`)
      continue
    }
    process.stderr.write(`bench: ${file}: ${what}\n`)
    const t = performance.now()
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bench', file)], {
      stdio: 'inherit',
      cwd: ROOT,
    })
    const ok = result.status === 0
    if (!ok) failed++
    ran.push(
      `| \`${file}\` | ${what} | ${ok ? 'ok' : `**failed** (exit ${result.status ?? result.signal})`} | ${((performance.now() - t) / 60_000).toFixed(1)} min |`,
    )
  }
  await writeHeader([
    ...header,
    `- Finished ${new Date().toISOString()}; load average at the end: ${loadAverage()}.`,
    '',
    '| benchmark | measures | result | took |',
    '| --- | --- | --- | ---: |',
    ...ran,
  ])
  process.exitCode = failed > 0 ? 1 : 0
}

main().catch((error) => {
  console.error(`bench: ${error.message}`)
  process.exitCode = 1
})
