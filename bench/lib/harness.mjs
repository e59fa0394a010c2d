// What every benchmark needs: free loopback ports, temp folders and child processes that are always
// cleaned up (on exit, error or Ctrl-C), a logger and percentiles.
import { rmSync, mkdtempSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set()
/** @type {Set<string>} */
const tempDirs = new Set()
/** @type {Set<() => void>} */
const cleanups = new Set()

/** Writes a progress line to stderr. */
export function log(msg) {
  process.stderr.write(`bench: ${msg}\n`)
}

/** A positive whole number from the environment, or the fallback. */
export function intEnv(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive integer, got '${raw}'`)
  return n
}

/** Keeps a child process to be killed at the end. */
export function track(child) {
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Forgets a child that was stopped cleanly. */
export function untrack(child) {
  children.delete(child)
}

/** Runs `fn` when the benchmark ends (e.g. destroying an HTTP agent). */
export function onCleanup(fn) {
  cleanups.add(fn)
}

/** A fresh temp folder, removed at the end. */
export function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-bench-'))
  tempDirs.add(dir)
  return dir
}

/** Removes a temp folder now. */
export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true })
  tempDirs.delete(dir)
}

/** Kills every child and removes every temp folder. */
export function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  children.clear()
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  tempDirs.clear()
  for (const fn of cleanups) fn()
  cleanups.clear()
}

process.on('exit', killAll)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping child processes`)
    killAll()
    process.exit(130)
  })
}

/** A TCP port on loopback that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address())
      srv.close(() => resolve(port))
    })
  })
}

/** The q-quantile (0..1) of a list of numbers. */
export function percentile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]
}

/** The median of a list of numbers. */
export const median = (xs) => percentile(xs, 0.5)
