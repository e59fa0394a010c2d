// The pack test's bridge round trips, from the install folder: switchyard-translate exposing
// server-everything over streamable HTTP, switchyard-wrapper calling through it on stdio, and
// examples/embed serving the same server from core and transports used as libraries.
import { spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  children,
  childEnv,
  freePort,
  info,
  READY_TIMEOUT_MS,
  ROOT,
  step,
  StepError,
} from './pack-steps.mjs'

/** server-everything's stdio entry, from the repository (a third-party server, not one of ours). */
function everythingEntry() {
  const require = createRequire(path.join(ROOT, 'packages/translate/package.json'))
  const dir = path.dirname(require.resolve('@modelcontextprotocol/server-everything/package.json'))
  return path.join(dir, 'dist', 'index.js')
}

/** The initialize request a raw client sends. */
export const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'pack-test', version: '1' },
  },
}
/** The notification that follows its answer. */
export const INITIALIZED = { jsonrpc: '2.0', method: 'notifications/initialized' }
const echoCall = (name, message) => ({
  jsonrpc: '2.0',
  id: 2,
  method: 'tools/call',
  params: { name, arguments: { message } },
})

/** Starts a long-running bin in its own process group; resolves once its stderr matches `ready`. */
export async function startBin(args, { cwd, ready }) {
  info(`$ npx ${args.join(' ')}   (in ${cwd})`)
  const child = spawn('npx', args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  })
  children.add(child)
  let output = ''
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-8000)))
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-8000)))
  const t0 = Date.now()
  while (!ready.test(output)) {
    if (child.exitCode !== null) throw new StepError(`${args[2]} exited early:\n${output}`)
    if (Date.now() - t0 > READY_TIMEOUT_MS) throw new StepError(`${args[2]} not ready:\n${output}`)
    await sleep(50)
  }
  return { child, output: () => output }
}

/** Stops a bin started by startBin (its process group), within 10 s. */
export async function stopBin(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
  children.delete(child)
  if (!stopped) {
    process.kill(-child.pid, 'SIGKILL')
    throw new StepError('a bin did not stop within 10 s of SIGTERM')
  }
}

/** Writes JSON-RPC lines to a stdio program and resolves with its answer to request id 2. */
function stdioExchange(cmd, args, { cwd, env = {} }, messages) {
  info(`$ ${[cmd, ...args].join(' ')}   (stdio, in ${cwd})`)
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new StepError(
          `no answer within 60 s\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
        ),
      )
    }, 60_000)
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      for (const line of stdout.split('\n').slice(0, -1)) {
        let message
        try {
          message = JSON.parse(line)
        } catch {
          clearTimeout(timer)
          child.kill('SIGKILL')
          reject(new StepError(`stdout carried a line that is not JSON-RPC: ${line}`))
          return
        }
        if (message.id === 2) {
          clearTimeout(timer)
          child.stdin.end()
          child.once('exit', () => resolve(message))
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
        }
      }
    })
    child.once('error', reject)
    for (const message of messages) child.stdin.write(`${JSON.stringify(message)}\n`)
  })
}

/** The JSON-RPC messages of a streamable HTTP answer (a JSON body or an SSE stream). */
export async function rpcMessages(res) {
  const text = await res.text()
  if (!(res.headers.get('content-type') ?? '').includes('text/event-stream'))
    return [JSON.parse(text)]
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice(6)))
}

/**
 * Starts `switchyard-translate <bridge> --expose-streamable-http` from the install folder and opens
 * a legacy session on it; resolves with the child, the MCP URL and the session's headers.
 */
export async function translateSession(app, bridge) {
  const port = await freePort()
  const translate = await startBin(
    [
      '--no',
      '--',
      'switchyard-translate',
      ...bridge,
      '--expose-streamable-http',
      '--port',
      String(port),
    ],
    { cwd: app, ready: /listening on/ },
  )
  const mcp = `http://127.0.0.1:${port}/mcp`
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  }
  const init = await fetch(mcp, { method: 'POST', headers, body: JSON.stringify(INITIALIZE) })
  const session = init.headers.get('mcp-session-id')
  const [initAnswer] = await rpcMessages(init)
  if (!session || !initAnswer?.result) {
    throw new StepError(`initialize failed: ${init.status} ${JSON.stringify(initAnswer)}`)
  }
  const withSession = { ...headers, 'mcp-session-id': session }
  await fetch(mcp, { method: 'POST', headers: withSession, body: JSON.stringify(INITIALIZED) })
  return { translate, mcp, withSession }
}

function expectEcho(answer, text, who) {
  const got = answer?.result?.content?.[0]?.text
  if (got !== text) throw new StepError(`${who}: expected '${text}', got ${JSON.stringify(answer)}`)
  info(`${who}: ${got}`)
}

export async function bridgeRoundTrips(app) {
  const entry = everythingEntry()
  const command = `"${process.execPath}" "${entry}" stdio`

  step('npx switchyard-translate --stdio <server-everything> --expose-streamable-http: a tool call')
  const { translate, mcp, withSession } = await translateSession(app, ['--stdio', command])
  const call = await fetch(mcp, {
    method: 'POST',
    headers: withSession,
    body: JSON.stringify(echoCall('echo', 'through translate')),
  })
  const answers = await rpcMessages(call)
  expectEcho(
    answers.find((m) => m.id === 2),
    'Echo: through translate',
    'HTTP client',
  )

  step('npx switchyard-wrapper (MCP_SERVER_URL = the translated server): a tool call on stdio')
  const wrapped = await stdioExchange(
    'npx',
    ['--no', '--', 'switchyard-wrapper'],
    { cwd: app, env: { MCP_SERVER_URL: mcp, MCP_WRAPPER_LOG_LEVEL: 'warn' } },
    [INITIALIZE, INITIALIZED, echoCall('echo', 'through the wrapper')],
  )
  expectEcho(wrapped, 'Echo: through the wrapper', 'wrapper')
  await stopBin(translate.child)
  info('switchyard-translate stopped on SIGTERM')

  step('examples/embed: @switchyard/core + @switchyard/transports as libraries, on stdio')
  copyFileSync(path.join(ROOT, 'examples/embed/index.mjs'), path.join(app, 'embed.mjs'))
  const embedded = await stdioExchange(
    process.execPath,
    ['embed.mjs', process.execPath, entry, 'stdio'],
    { cwd: app },
    [INITIALIZE, INITIALIZED, echoCall('upstream-echo', 'through embed')],
  )
  expectEcho(embedded, 'Echo: through embed', 'examples/embed')
}
