// The floor of any Node.js MCP gateway on this machine: a bare proxy that reads a request, renames
// the tool (`bench-echo` -> `echo`), posts it to the upstream over an undici pool (the client the
// gateway's direct path uses) and writes the answer back unread. No auth, routing, validation,
// metrics or cancellation. Run as `node bare-proxy.mjs` with PORT and UPSTREAM (a port).
import { createRequire } from 'node:module'
import http from 'node:http'

// undici, from the workspace (the bench has no dependencies of its own)
const require = createRequire(new URL('../../packages/transports/package.json', import.meta.url))
const { Pool } = require('undici')
const upstream = new Pool(`http://127.0.0.1:${process.env.UPSTREAM}`, { connections: 16 })
const FORWARDED = ['accept', 'content-type', 'mcp-protocol-version', 'mcp-method']

http
  .createServer((req, res) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString())
        const headers = {}
        for (const name of FORWARDED) if (req.headers[name]) headers[name] = req.headers[name]
        if (typeof body.params?.name === 'string') {
          body.params.name = body.params.name.replace(/^bench-/, '')
          headers['mcp-name'] = body.params.name
        }
        const answer = await upstream.request({
          path: '/mcp',
          method: 'POST',
          headers,
          body: JSON.stringify(body),
        })
        const text = await answer.body.text()
        res.writeHead(answer.statusCode, { 'content-type': answer.headers['content-type'] })
        res.end(text)
      } catch (error) {
        res.writeHead(502).end(String(error))
      }
    })
  })
  .listen(Number(process.env.PORT), '127.0.0.1')
