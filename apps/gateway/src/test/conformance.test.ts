import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../config/env-schema.js'
import { createLogger } from '../logger.js'
import { startGateway, type RunningGateway } from '../server.js'
import {
  startConformanceUpstream,
  type ConformanceUpstream,
} from './fixtures/conformance-upstream.js'
import { node22 } from './node22.js'
import { freePort } from './test-gateway.js'

/**
 * The official MCP conformance suite (server mode) against a virtual server that fronts an
 * upstream implementing the suite's fixtures, for both requirement sets. The suite needs Node 22;
 * it runs as a child process on the Node 22 binary of the `@switchyard/node22` dev dependency.
 * Writes the table of results to docs/conformance.md.
 */

const REVISIONS = ['2025-11-25', '2026-07-28'] as const
type Revision = (typeof REVISIONS)[number]
type Outcome = 'pass' | 'fail'
interface Check {
  id: string
  status: string
  errorMessage?: string
}
interface RevisionResult {
  required: string[]
  notScored: Map<string, string>
  outcomes: Map<string, { outcome: Outcome; failures: Check[] }>
}

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const suite = join(
  dirname(require.resolve('@modelcontextprotocol/conformance/package.json')),
  'dist',
  'index.js',
)
const direct = process.env['SWITCHYARD_CONFORMANCE_DIRECT'] === '1'
const baselinePath = join(here, 'conformance-baseline.json')
const docPath = join(here, '..', '..', '..', '..', 'docs', 'conformance.md')

function run(args: string[], timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      node22,
      [suite, ...args],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(new Error(error.message, { cause: error }))
        else
          resolve({
            code: typeof error?.code === 'number' ? error.code : 0,
            output: stdout + stderr,
          })
      },
    )
  })
}

/** The server scenarios a revision requires and those it runs unscored, from `conformance list`. */
async function requirementsOf(revision: Revision) {
  const { output } = await run(['list', '--server', '--requirements', revision], 60_000)
  const required: string[] = []
  const notScored = new Map<string, string>()
  let section: 'server' | 'client' | 'unscored' = 'client'
  let reason = ''
  for (const line of output.split('\n')) {
    if (line.startsWith('Server scenarios')) section = 'server'
    else if (line.startsWith('Client scenarios')) section = 'client'
    else if (line.startsWith('Run and reported')) section = 'unscored'
    const item = /^\s+- (\S+)(?: \[(server|client)\])?/.exec(line)
    const heading = /^\s+([a-z-]+) \(\d+\):/.exec(line)
    if (heading?.[1] !== undefined) reason = heading[1]
    if (item?.[1] === undefined) continue
    if (section === 'server') required.push(item[1])
    if (section === 'unscored' && item[2] === 'server') notScored.set(item[1], reason)
  }
  return { required, notScored }
}

/** Runs one requirement set against a URL and reads each scenario's checks.json. */
async function runRevision(url: string, revision: Revision): Promise<RevisionResult> {
  const { required, notScored } = await requirementsOf(revision)
  const outputDir = mkdtempSync(join(tmpdir(), `switchyard-conformance-${revision}-`))
  try {
    const { output } = await run(
      ['server', '--url', url, '--requirements', revision, '--timeout', '15000', '-o', outputDir],
      170_000,
    )
    const outcomes = new Map<string, { outcome: Outcome; failures: Check[] }>()
    for (const entry of readdirSync(outputDir)) {
      const scenario = /^server-(.+)-\d{4}-\d{2}-\d{2}T[\d-]+Z$/.exec(entry)?.[1]
      const file = join(outputDir, entry, 'checks.json')
      if (scenario === undefined || !existsSync(file)) continue
      const checks = JSON.parse(readFileSync(file, 'utf8')) as Check[]
      const failures = checks.filter((c) => c.status === 'FAILURE')
      outcomes.set(scenario, { outcome: failures.length > 0 ? 'fail' : 'pass', failures })
    }
    for (const scenario of [...required, ...notScored.keys()]) {
      if (!outcomes.has(scenario)) {
        const failure = { id: scenario, status: 'FAILURE', errorMessage: 'did not run' }
        outcomes.set(scenario, { outcome: 'fail', failures: [failure] })
      }
    }
    if (outcomes.size === 0) throw new Error(`the suite wrote no results:\n${output}`)
    return { required, notScored, outcomes }
  } finally {
    rmSync(outputDir, { recursive: true, force: true })
  }
}

type Baseline = Record<Revision, Record<string, string>>

function cell(result: RevisionResult, scenario: string, baseline: Record<string, string>): string {
  const outcome = result.outcomes.get(scenario)
  if (outcome === undefined) return '—'
  const scored = result.required.includes(scenario)
  const mark = outcome.outcome === 'pass' ? 'pass' : scenario in baseline ? 'n/a' : 'FAIL'
  return scored ? mark : `${mark} (not scored)`
}

/** Why a scenario no revision scores fails here, where that is known. */
function unscoredReason(scenario: string): string | undefined {
  if (scenario.startsWith('tasks-'))
    return 'the Tasks extension (SEP-2663) is in neither the fixture nor the gateway'
  if (scenario === 'http-custom-header-server-validation') {
    return 'the fixture has no tool with `x-mcp-header` parameters'
  }
  return undefined
}

function note(results: Record<Revision, RevisionResult>, scenario: string, baseline: Baseline) {
  const notes = new Set<string>()
  for (const revision of REVISIONS) {
    const result = results[revision]
    const reason = baseline[revision][scenario]
    if (reason !== undefined) notes.add(reason)
    const failures = result.outcomes.get(scenario)?.failures ?? []
    const notScored = result.notScored.get(scenario)
    if (notScored !== undefined) {
      notes.add(`not scored for ${revision} (${notScored})`)
      if (failures[0] !== undefined)
        notes.add(unscoredReason(scenario) ?? `fails \`${failures[0].id}\``)
      continue
    }
    if (reason !== undefined) continue
    for (const failure of failures) {
      const message = (failure.errorMessage ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|')
      notes.add(`${revision} \`${failure.id}\`: ${message.slice(0, 160)}`)
    }
  }
  return [...notes].join('; ')
}

function writeTable(results: Record<Revision, RevisionResult>, baseline: Baseline): void {
  const scenarios = [
    ...new Set(REVISIONS.flatMap((r) => [...results[r].required, ...results[r].notScored.keys()])),
  ]
  const summary = REVISIONS.map((revision) => {
    const result = results[revision]
    const passed = result.required.filter((s) => result.outcomes.get(s)?.outcome === 'pass')
    const excused = result.required.filter(
      (s) => result.outcomes.get(s)?.outcome === 'fail' && s in baseline[revision],
    )
    return `- \`--requirements ${revision}\`: ${passed.length} of ${result.required.length} required scenarios pass, ${excused.length} baselined as not applicable to a gateway.`
  })
  const rows = scenarios.map(
    (s) =>
      `| ${s} | ${cell(results['2025-11-25'], s, baseline['2025-11-25'])} | ${cell(results['2026-07-28'], s, baseline['2026-07-28'])} | ${note(results, s, baseline)} |`,
  )
  const doc = [
    '# MCP conformance',
    '',
    'The official conformance suite (`@modelcontextprotocol/conformance@0.2.0-alpha.12`, server mode) run',
    'against `/servers/{id}/mcp` of a virtual server (`nameStrategy: original`) that fronts an upstream',
    "implementing the scenarios' fixtures (`apps/gateway/src/test/fixtures/conformance-upstream.ts`).",
    'Generated by `apps/gateway/src/test/conformance.test.ts`; do not edit by hand.',
    '',
    ...summary,
    '',
    '`pass`: every check passed; `FAIL`: a check failed; `n/a`: failed, and listed in',
    '`apps/gateway/src/test/conformance-baseline.json` as not applicable to a gateway; `—`: not part of',
    'that requirement set. Scenarios "not scored" run and are reported, but no revision requires them.',
    '',
    '| scenario | 2025-11-25 | 2026-07-28 | note |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
  writeFileSync(docPath, doc)
}

describe('MCP conformance suite through a virtual server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-conformance-'))
  let upstream: ConformanceUpstream
  let gw: RunningGateway
  let mcpUrl: string
  const results = {} as Record<Revision, RevisionResult>

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${gw.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`)
    return JSON.parse(text) as T
  }

  beforeAll(async () => {
    upstream = await startConformanceUpstream()
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      SWITCHYARD_DATA_DIR: dir,
      AUTH_REQUIRED: 'false',
      LOG_LEVEL: 'silent',
    })
    gw = await startGateway(config, createLogger({ level: 'silent' }))
    const created = await api<{ id: string; status: string }>('POST', '/gateways', {
      name: 'conformance',
      url: upstream.url,
    })
    let gateway = created
    const deadline = Date.now() + 20_000
    while (gateway.status !== 'active' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      gateway = await api('GET', `/gateways/${created.id}`)
    }
    expect(gateway.status, JSON.stringify(gateway)).toBe('active')
    const ids = async (kind: string) =>
      (await api<{ id: string }[]>('GET', `/${kind}?gateway_id=${created.id}&limit=1000`)).map(
        (m) => m.id,
      )
    const server = await api<{ id: string }>('POST', '/servers', {
      name: 'conformance',
      nameStrategy: 'original',
      associated_tools: await ids('tools'),
      associated_resources: [
        ...(await ids('resources')),
        ...(await ids('resources/templates/list')),
      ],
      associated_prompts: await ids('prompts'),
    })
    // SWITCHYARD_CONFORMANCE_DIRECT=1 runs the suite against the fixture itself, to tell its gaps from the gateway's.
    mcpUrl = direct ? upstream.url : `${gw.url}/servers/${server.id}/mcp`
  }, 60_000)

  afterAll(async () => {
    await gw?.stop()
    await upstream?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(REVISIONS)(
    'passes every required scenario of --requirements %s',
    async (revision) => {
      const baseline = direct
        ? {}
        : (JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline)[revision]
      const result = await runRevision(mcpUrl, revision)
      results[revision] = result
      const unexpected = result.required
        .filter((s) => result.outcomes.get(s)?.outcome === 'fail' && !(s in baseline))
        .map((s) => {
          const failures = result.outcomes.get(s)?.failures ?? []
          return `${s}: ${failures.map((f) => `${f.id} ${f.errorMessage ?? ''}`).join('; ')}`
        })
      if (!direct && REVISIONS.every((r) => r in results)) {
        writeTable(results, JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline)
      }
      expect(unexpected).toEqual([])
    },
    180_000,
  )
})
