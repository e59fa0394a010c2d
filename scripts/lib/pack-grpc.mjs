// The pack test's gRPC round trip, from the install folder: switchyard-translate --grpc in front of
// the repository's shop fixture (a real gRPC server with reflection), called over streamable HTTP.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { rpcMessages, stopBin, translateSession } from './pack-bridges.mjs'
import { children, childEnv, info, READY_TIMEOUT_MS, ROOT, step, StepError } from './pack-steps.mjs'

/** Starts the shop fixture on a free port; resolves with its target once it prints it. */
async function startFixture() {
  const cli = path.join(ROOT, 'tests/grpc-fixture/cli.mjs')
  info(`$ node ${path.relative(ROOT, cli)} --port 0`)
  const child = spawn(process.execPath, [cli, '--port', '0'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  })
  children.add(child)
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const t0 = Date.now()
  while (!/^\S+:\d+\n/.test(output)) {
    if (child.exitCode !== null) throw new StepError(`the gRPC fixture exited early:\n${output}`)
    if (Date.now() - t0 > READY_TIMEOUT_MS) throw new StepError(`no gRPC fixture:\n${output}`)
    await sleep(50)
  }
  return { child, target: output.trim() }
}

/** `switchyard-translate --grpc` from the install folder: tools/call of a unary method. */
export async function grpcRoundTrip(app) {
  step('npx switchyard-translate --grpc <shop fixture> --expose-streamable-http: a gRPC call')
  const fixture = await startFixture()
  const { translate, mcp, withSession } = await translateSession(app, ['--grpc', fixture.target])
  const call = await fetch(mcp, {
    method: 'POST',
    headers: withSession,
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: { name: 'shop.v1.Shop.GetProduct', arguments: { sku: 'BK-1' } },
    }),
  })
  const answer = (await rpcMessages(call)).find((m) => m.id === 2)
  const product = answer?.result?.structuredContent
  if (product?.displayName !== 'The Pragmatic Programmer')
    throw new StepError(`shop.v1.Shop.GetProduct: unexpected answer ${JSON.stringify(answer)}`)
  info(
    `shop.v1.Shop.GetProduct: ${product.displayName}, ${product.price.units} ${product.price.currency}`,
  )
  await stopBin(translate.child)
  await stopBin(fixture.child)
  info('switchyard-translate and the fixture stopped on SIGTERM')
}
