// The pack test's steps and children: numbered progress lines, one error type, commands run to
// completion with a clean environment, free ports, and the long-running children to stop on exit.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Longest wait for a started server to answer. */
export const READY_TIMEOUT_MS = 60_000
const COMMAND_TIMEOUT_MS = 15 * 60_000

/** Long-running children besides the gateway (translate), stopped on exit. */
export const children = new Set()

let stepNo = 0
/** How many steps have started. */
export const stepCount = () => stepNo
/** Prints a numbered step. */
export const step = (msg) => console.log(`\npack-test: [${++stepNo}] ${msg}`)
/** Prints a detail of the current step. */
export const info = (msg) => console.log(`pack-test:     ${msg}`)

/** A failed step: its message is what the user sees. */
export class StepError extends Error {}

/** Environment for every child: native addons build against the system Node headers when present. */
export function childEnv(extra = {}) {
  const env = { ...process.env, ...extra }
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
    env.npm_config_nodedir = '/usr'
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'NODE_OPTIONS']) delete env[key]
  Object.assign(env, {
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  })
  return env
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(cmd, args, { cwd, env, timeout = COMMAND_TIMEOUT_MS } = {}) {
  info(`$ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${cwd})` : ''}`)
  const res = spawnSync(cmd, args, {
    cwd,
    env: env ?? childEnv(),
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (res.error || res.status !== 0) {
    const why = res.error ? res.error.message : `exit ${res.status ?? res.signal}`
    throw new StepError(
      `\`${[cmd, ...args].join(' ')}\` failed (${why})\n--- stdout ---\n${res.stdout ?? ''}\n--- stderr ---\n${res.stderr ?? ''}`,
    )
  }
  return res.stdout
}

/** A loopback port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address())
      srv.close(() => resolve(port))
    })
  })
}
