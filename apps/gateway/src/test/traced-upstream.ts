import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMcpHandler, Server as McpServer } from '@modelcontextprotocol/server'

/** A tools/call as the upstream received it: its HTTP headers and its `_meta`. */
export interface ReceivedCall {
  headers: Record<string, string | string[] | undefined>
  meta: Record<string, unknown>
}

/** A streamable HTTP MCP upstream (both eras) with tools `echo` and `fail`, noting what each call carried. */
export interface TracedUpstream {
  url: string
  calls: ReceivedCall[]
  close(): Promise<void>
}

/**
 * Starts the upstream on a free loopback port; `legacyOnly` makes it a stateless 2025-era server
 * (it answers `server/discover` as a method it does not know), which the gateway calls through the
 * SDK's client rather than its direct 2026-era path.
 */
export async function startTracedUpstream({ legacyOnly = false } = {}): Promise<TracedUpstream> {
  const calls: ReceivedCall[] = []
  const handler = createMcpHandler(() => {
    const server = new McpServer(
      { name: 'traced-upstream', version: '1.0.0' },
      { capabilities: { tools: {} } },
    )
    server.setRequestHandler('tools/list', () => ({
      tools: ['echo', 'fail'].map((name) => ({
        name,
        inputSchema: { type: 'object', properties: { message: { type: 'string' } } },
      })),
    }))
    server.setRequestHandler('tools/call', (request) => {
      if (request.params.name === 'fail') throw new Error('the fail tool always fails')
      const message = request.params.arguments?.message
      return { content: [{ type: 'text', text: typeof message === 'string' ? message : '' }] }
    })
    return server
  })
  const http: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString()
      const message = body
        ? (JSON.parse(body) as { id?: unknown; method?: string; params?: { _meta?: object } })
        : {}
      if (legacyOnly && message.method === 'server/discover') {
        const error = { code: -32601, message: 'Method not found' }
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ jsonrpc: '2.0', id: message.id, error }))
        return
      }
      if (message.method === 'tools/call') {
        calls.push({ headers: req.headers, meta: { ...message.params?._meta } })
      }
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(name, value)
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body && { body }),
      })
      void handler.fetch(request).then(async (answer) => {
        res.writeHead(answer.status, Object.fromEntries(answer.headers))
        res.end(Buffer.from(await answer.arrayBuffer()))
      })
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    calls,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      }),
  }
}
