// One MCP client session on a bridge, over streamable HTTP or legacy SSE: initialise it, then call
// the echo tool by id. Raw HTTP on the shared keep-alive agent, so that every bridge meets the same
// client.
import http from 'node:http'
import { agent, post } from './calls.mjs'

/** The JSON-RPC messages of a streamable HTTP answer body (JSON, or SSE `data:` lines). */
function messagesOf(res) {
  if (!String(res.headers['content-type']).includes('text/event-stream')) {
    return res.text.trim() === '' ? [] : [JSON.parse(res.text)].flat()
  }
  return res.text
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => JSON.parse(line.slice(5)))
}

const INITIALIZE = {
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'bench', version: '1.0.0' },
  },
}
const INITIALIZED = { jsonrpc: '2.0', method: 'notifications/initialized' }
const callOf = (id) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name: 'echo', arguments: { message: `m${id}` } },
})

/** A streamable HTTP session: `call(id)` resolves with the answer to a tools/call. */
export async function streamableSession(port) {
  const init = await post(port, '/mcp', { jsonrpc: '2.0', id: 0, ...INITIALIZE })
  const session = init.headers['mcp-session-id']
  if (init.status !== 200 || !session) throw new Error(`initialize: ${init.status} ${init.text}`)
  const headers = { 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' }
  await post(port, '/mcp', INITIALIZED, headers)
  return {
    async call(id) {
      const res = await post(port, '/mcp', callOf(id), headers)
      const answer = messagesOf(res).find((m) => m.id === id)
      if (answer?.result?.content?.[0]?.text !== `m${id}`)
        throw new Error(`call ${id}: ${res.status} ${res.text.slice(0, 200)}`)
    },
    close: () =>
      new Promise((resolve) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: '/mcp', method: 'DELETE', agent, headers },
          (res) => res.resume().on('end', resolve),
        )
        req.on('error', resolve)
        req.end()
      }),
  }
}

/** A legacy SSE session: answers arrive on the GET stream and are matched by id. */
export async function sseSession(port) {
  const waiting = new Map()
  let endpoint
  let gotEndpoint
  const ready = new Promise((resolve) => (gotEndpoint = resolve))
  const stream = http.get(
    {
      host: '127.0.0.1',
      port,
      path: '/sse',
      agent: false,
      headers: { accept: 'text/event-stream' },
    },
    (res) => {
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        buffer += chunk
        const events = buffer.split(/\r?\n\r?\n/)
        buffer = events.pop() ?? ''
        for (const event of events) {
          const name = /^event: ?(.*)$/m.exec(event)?.[1] ?? 'message'
          const data = event
            .split(/\r?\n/)
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n')
          if (name === 'endpoint') {
            endpoint = data
            gotEndpoint()
          } else if (data !== '') {
            const message = JSON.parse(data)
            waiting.get(message.id)?.(message)
            waiting.delete(message.id)
          }
        }
      })
    },
  )
  await ready
  const target = new URL(endpoint, `http://127.0.0.1:${port}`)
  const path = `${target.pathname}${target.search}`
  const request = async (message) => {
    const answered = new Promise((resolve) => waiting.set(message.id, resolve))
    const res = await post(port, path, message)
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${res.text}`)
    return answered
  }
  await request({ jsonrpc: '2.0', id: 0, ...INITIALIZE })
  await post(port, path, INITIALIZED)
  return {
    async call(id) {
      const answer = await request(callOf(id))
      if (answer?.result?.content?.[0]?.text !== `m${id}`)
        throw new Error(`call ${id}: ${JSON.stringify(answer).slice(0, 200)}`)
    },
    close: async () => void stream.destroy(),
  }
}
