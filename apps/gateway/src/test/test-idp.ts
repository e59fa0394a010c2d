import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server as McpServer, createMcpHandler } from '@modelcontextprotocol/server'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose'

/** A local OAuth authorization server: RFC 8414 metadata and a JWKS, and it signs access tokens. */
export interface TestIdp {
  issuer: string
  /** Signs an RS256 access token; `claims` override the defaults (undefined removes one). */
  token(
    claims: Record<string, unknown>,
    options?: { key?: CryptoKey; kid?: string },
  ): Promise<string>
  /** A key the JWKS does not publish. */
  strangerKey: CryptoKey
  close(): Promise<void>
}

async function listenOn(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

/** Starts a test IdP on a free loopback port. */
export async function startTestIdp(): Promise<TestIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256')
  const stranger = await generateKeyPair('RS256')
  const jwks = {
    keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }],
  }
  let issuer = ''
  const server = createServer((req, res) => {
    const body =
      req.url === '/.well-known/oauth-authorization-server'
        ? { issuer, jwks_uri: `${issuer}/jwks`, token_endpoint: `${issuer}/token` }
        : req.url === '/jwks'
          ? jwks
          : undefined
    if (body === undefined) res.writeHead(404).end()
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  issuer = await listenOn(server)
  return {
    issuer,
    strangerKey: stranger.privateKey,
    token(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000)
      const payload = { iss: issuer, sub: 'carol', iat: now, exp: now + 300, ...claims }
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'idp-1', typ: 'at+jwt' })
        .sign(options.key ?? privateKey)
    },
    close: () => closeServer(server),
  }
}

/** An HTTP MCP upstream (both eras) with one `echo` tool that records every Authorization header it gets. */
export interface RecordingUpstream {
  url: string
  authorizations: string[]
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString()
}

/** Starts the recording upstream on a free loopback port. */
export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const authorizations: string[] = []
  const handler = createMcpHandler(() => {
    const server = new McpServer(
      { name: 'recorder', version: '1.0.0' },
      { capabilities: { tools: {} } },
    )
    server.setRequestHandler('tools/list', () => ({
      tools: [
        {
          name: 'echo',
          inputSchema: { type: 'object', properties: { message: { type: 'string' } } },
        },
      ],
    }))
    server.setRequestHandler('tools/call', (request) => {
      const message = request.params.arguments?.message
      return { content: [{ type: 'text', text: typeof message === 'string' ? message : '' }] }
    })
    return server
  })
  const http = createServer((req, res) => {
    void (async () => {
      authorizations.push(req.headers.authorization ?? '')
      const body = await readBody(req)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(name, value)
      const answer = await handler.fetch(
        new Request(`http://127.0.0.1${req.url ?? '/'}`, {
          method: req.method ?? 'GET',
          headers,
          ...(body && { body }),
        }),
      )
      res.writeHead(answer.status, Object.fromEntries(answer.headers))
      res.end(Buffer.from(await answer.arrayBuffer()))
    })()
  })
  const origin = await listenOn(http)
  return {
    url: `${origin}/mcp`,
    authorizations,
    close: async () => {
      await handler.close()
      await closeServer(http)
    },
  }
}
