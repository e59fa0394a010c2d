#!/usr/bin/env node
// Pack test: installs the published packages the way users will and runs their CLIs from there.
//  1. `pnpm pack` every non-private package under packages/* and apps/* (workspace: ranges become versions)
//  2. `npm init -y` + `npm install <all tarballs>` in an empty folder (workspace deps resolve to the tarballs)
//  3. import every package entry (and @switchyard/a2a alone, in a folder of its own), run every bin with --version / --help, start `switchyard serve` and
//     wait for GET /health 200.
//  4. a real bridge round trip: `switchyard-translate` exposes server-everything over streamable HTTP,
//     a raw HTTP client and `switchyard-wrapper` (stdio) call a tool through it; then examples/embed
//     (core + transports as libraries) serves the same server on stdio and answers a tool call.
//  5. `switchyard-translate --grpc` in front of the repository's gRPC fixture answers a tool call.
// Needs `pnpm build` first. Exit code 0 = all good; non-zero with a message naming the failed step.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { bridgeRoundTrips } from './lib/pack-bridges.mjs'
import { grpcRoundTrip } from './lib/pack-grpc.mjs'
import {
  children,
  freePort,
  info,
  READY_TIMEOUT_MS,
  ROOT,
  run,
  step,
  stepCount,
  StepError,
  childEnv,
} from './lib/pack-steps.mjs'

const GATEWAY = '@switchyard/gateway'
/** A leaf package that must install and import without the rest of Switchyard. */
const ALONE = '@switchyard/a2a'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'switchyard-pack-'))
/** @type {import('node:child_process').ChildProcess | undefined} */
let server

function cleanup() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  if (server?.pid !== undefined && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  if (!process.env.PACK_TEST_KEEP) rmSync(tmp, { recursive: true, force: true })
}
process.on('exit', cleanup)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`pack-test: ${signal}, cleaning up`)
    process.exit(130)
  })
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

function workspacePackages() {
  const found = []
  for (const group of ['packages', 'apps']) {
    const base = path.join(ROOT, group)
    if (!existsSync(base)) continue
    for (const name of readdirSync(base).sort()) {
      const dir = path.join(base, name)
      const file = path.join(dir, 'package.json')
      if (!existsSync(file)) continue
      const manifest = readJson(file)
      if (manifest.private) {
        info(`skipping ${manifest.name ?? `${group}/${name}`} (private)`)
        continue
      }
      found.push({ dir, manifest })
    }
  }
  return found
}

function bins(manifest) {
  if (!manifest.bin) return []
  if (typeof manifest.bin === 'string') return [manifest.name.split('/').pop()]
  return Object.keys(manifest.bin)
}

async function main() {
  step('finding publishable packages in packages/* and apps/*')
  const pkgs = workspacePackages()
  if (pkgs.length === 0) throw new StepError('no non-private packages found')
  for (const { dir, manifest } of pkgs) {
    info(`${manifest.name}@${manifest.version}  (${path.relative(ROOT, dir)})`)
    const needsDist = (manifest.files ?? []).some((f) => f === 'dist' || f.startsWith('dist/'))
    if (needsDist && !existsSync(path.join(dir, 'dist'))) {
      throw new StepError(
        `${manifest.name}: ${path.relative(ROOT, dir)}/dist is missing; run \`pnpm build\` first`,
      )
    }
  }
  if (!pkgs.some((p) => p.manifest.name === GATEWAY))
    throw new StepError(`${GATEWAY} is not among them`)

  step('pnpm pack each package')
  const tarDir = path.join(tmp, 'tarballs')
  mkdirSync(tarDir)
  const tarballs = []
  const tarballOf = new Map()
  for (const { dir, manifest } of pkgs) {
    const before = new Set(readdirSync(tarDir))
    run('pnpm', ['pack', '--pack-destination', tarDir], { cwd: dir })
    const made = readdirSync(tarDir).filter((f) => f.endsWith('.tgz') && !before.has(f))
    if (made.length !== 1)
      throw new StepError(`pnpm pack of ${manifest.name} produced ${made.length} tarballs`)
    const tarball = path.join(tarDir, made[0])
    const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']))
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(packed[field] ?? {})) {
        if (String(range).startsWith('workspace:') || String(range).startsWith('link:')) {
          throw new StepError(`${manifest.name}: packed ${field}.${dep} is still '${range}'`)
        }
      }
    }
    const files = run('tar', ['-tzf', tarball]).split('\n').filter(Boolean)
    info(`${made[0]}: ${files.length} files`)
    tarballs.push(tarball)
    tarballOf.set(manifest.name, tarball)
  }

  step('npm init -y && npm install <tarballs> in an empty folder')
  const app = path.join(tmp, 'app')
  mkdirSync(app)
  run('npm', ['init', '-y'], { cwd: app })
  const started = Date.now()
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: app })
  info(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const lock = readJson(path.join(app, 'package-lock.json'))
  const ours = new Set(pkgs.map((p) => p.manifest.name))
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    const name = key.replace(/^.*node_modules\//, '')
    if (!ours.has(name)) continue
    if (key !== `node_modules/${name}`) {
      throw new StepError(
        `${name} was installed a second time at ${key}: a dependency range does not match the local version`,
      )
    }
    if (!String(entry.resolved ?? '').startsWith('file:')) {
      throw new StepError(`${name} resolved to ${entry.resolved} instead of the local tarball`)
    }
  }
  info('every @switchyard package resolved to its local tarball')

  step('import every package entry from the install folder')
  for (const { manifest } of pkgs) {
    const hasRoot = manifest.exports
      ? '.' in manifest.exports || typeof manifest.exports === 'string'
      : !!manifest.main
    if (!hasRoot) {
      info(`${manifest.name}: no root export, skipped`)
      continue
    }
    const out = run(
      process.execPath,
      [
        '-e',
        `import(${JSON.stringify(manifest.name)}).then((m) => console.log(Object.keys(m).length))`,
      ],
      { cwd: app },
    ).trim()
    if (!/^\d+$/.test(out) || Number(out) === 0) {
      throw new StepError(
        `import('${manifest.name}') printed '${out}', expected a count of named exports > 0`,
      )
    }
    info(`${manifest.name}: ${out} exports`)
  }

  step(`npm install ${ALONE} alone in an empty folder: it needs no other @switchyard package`)
  const alone = path.join(tmp, 'alone')
  mkdirSync(alone)
  run('npm', ['init', '-y'], { cwd: alone })
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarballOf.get(ALONE)], {
    cwd: alone,
  })
  const exported = run(
    process.execPath,
    ['-e', `import(${JSON.stringify(ALONE)}).then((m) => console.log(typeof m.fetchAgentCard))`],
    { cwd: alone },
  ).trim()
  if (exported !== 'function') throw new StepError(`${ALONE} alone: fetchAgentCard is ${exported}`)
  info(`${ALONE}: installed and imported on its own`)

  // `--no`: never download a registry package of the same name; `--`: the flags belong to the bin, not npx
  step('run every bin with --version and --help through npx (local bins only: npx --no --)')
  for (const { manifest } of pkgs) {
    for (const bin of bins(manifest)) {
      const version = run('npx', ['--no', '--', bin, '--version'], { cwd: app }).trim()
      if (!version.split(/\s+/).includes(manifest.version) && version !== `v${manifest.version}`) {
        throw new StepError(
          `\`npx ${bin} --version\` printed '${version}', expected ${manifest.version}`,
        )
      }
      info(`${bin} --version: ${version}`)
      const help = run('npx', ['--no', '--', bin, '--help'], { cwd: app })
      if (!help.trim()) throw new StepError(`\`npx ${bin} --help\` printed nothing`)
      info(`${bin} --help: exit 0, ${help.trim().split('\n').length} lines`)
    }
  }

  step('npx switchyard serve: wait for GET /health 200, then stop it')
  const port = await freePort()
  const dataDir = path.join(tmp, 'data')
  mkdirSync(dataDir)
  const args = ['--no', '--', 'switchyard', 'serve', '--host', '127.0.0.1', '--port', String(port)]
  info(`$ npx ${args.join(' ')}   (AUTH_REQUIRED=false SWITCHYARD_DATA_DIR=${dataDir})`)
  let output = ''
  // own process group, so that npx and the node process it starts are stopped together
  server = spawn('npx', args, {
    cwd: app,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({ AUTH_REQUIRED: 'false', SWITCHYARD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
  })
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000)
  }
  server.stdout.on('data', keep)
  server.stderr.on('data', keep)
  const t0 = Date.now()
  let healthy = false
  while (Date.now() - t0 < READY_TIMEOUT_MS) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new StepError(
        `switchyard serve exited (${server.exitCode ?? server.signalCode}) before /health answered:\n${output}`,
      )
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`, {
        signal: AbortSignal.timeout(2000),
      })
      const body = await res.text()
      if (res.status === 200) {
        info(`GET /health -> 200 ${body.trim()} after ${Date.now() - t0} ms`)
        healthy = true
        break
      }
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  if (!healthy)
    throw new StepError(`GET /health did not answer 200 within ${READY_TIMEOUT_MS} ms:\n${output}`)
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid, 'SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
  if (!stopped) {
    process.kill(-server.pid, 'SIGKILL')
    await exited
    throw new StepError(`switchyard serve did not stop within 10 s of SIGTERM:\n${output}`)
  }
  info('stopped on SIGTERM')

  await bridgeRoundTrips(app)
  await grpcRoundTrip(app)
}

main().then(
  () => {
    console.log(`\npack-test: passed (${stepCount()} steps)`)
    process.exit(0)
  },
  (err) => {
    console.error(
      `\npack-test: FAILED at step ${stepCount()}: ${err instanceof StepError ? err.message : (err?.stack ?? err)}`,
    )
    process.exit(1)
  },
)
