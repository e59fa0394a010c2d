import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  Client,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client'
import { listDescendants, WebSocketClientTransport } from '@switchyard/transports'

const require = createRequire(import.meta.url)

/** server-everything over stdio, as a shell command line. */
export const everything = `"${process.execPath}" "${join(
  dirname(require.resolve('@modelcontextprotocol/server-everything/package.json')),
  'dist',
  'index.js',
)}" stdio`

/** The hand-written fixture server, as a shell command line. */
export const fixture = `"${process.execPath}" "${fileURLToPath(new URL('fixtures/fixture-server.mjs', import.meta.url))}"`

/** `node --import` this to hold a CLI while it loads its modules (see the file). */
export const loadGate = fileURLToPath(new URL('fixtures/load-gate.mjs', import.meta.url))

/** The built CLI of this package (`pnpm test` builds first). */
export const translateCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** Which face a test client uses. */
export type Face = 'sse' | 'streamable' | 'ws'

/** An SDK client transport for a face of a bridge at `base`. */
export function transportFor(
  face: Face,
  base: string,
  headers: Record<string, string> = {},
): Transport {
  const init = { requestInit: { headers } }
  if (face === 'sse') return new SSEClientTransport(new URL(`${base}/sse`), init)
  if (face === 'streamable') return new StreamableHTTPClientTransport(new URL(`${base}/mcp`), init)
  return new WebSocketClientTransport(new URL(`${base.replace('http', 'ws')}/ws`), { headers })
}

/** A connected SDK client (legacy era: the stdio servers speak it). */
export async function connectClient(
  face: Face,
  base: string,
  options: { headers?: Record<string, string>; capabilities?: Record<string, unknown> } = {},
): Promise<Client> {
  const client = new Client(
    { name: 'bridge-test', version: '1.0.0' },
    { capabilities: options.capabilities ?? {} },
  )
  await client.connect(transportFor(face, base, options.headers))
  return client
}

/** The text of a tool result's first content item. */
export function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content
  return content?.[0]?.text ?? ''
}

/** Live descendants of this test process (the bridge's children and their trees). */
export function descendants(): number[] {
  return listDescendants(process.pid)
}

/** Waits until `check` holds, polling; throws after `ms`. */
export async function eventually(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not reached: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
