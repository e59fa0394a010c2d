#!/usr/bin/env node
// A small stdio MCP server for the bridge tests, written by hand so that every message is known:
// it writes a line that is not JSON first, reports its pid and environment, sends progress, asks
// the client (sampling), announces list changes, and can crash.
import { createInterface } from 'node:readline'

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`)
const text = (value) => ({ content: [{ type: 'text', text: value }] })
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const waiting = new Map()
let asked = 0

const tools = ['whoami', 'slow', 'ask', 'noise', 'announce', 'crash'].map((name) => ({
  name,
  inputSchema: { type: 'object' },
}))

process.stdout.write('fixture server starting (this line is not JSON)\n')

async function call(name, args, token) {
  switch (name) {
    case 'whoami':
      return text(
        JSON.stringify({ pid: process.pid, env: process.env[args.env ?? 'SESSION_USER'] ?? null }),
      )
    case 'slow': {
      const steps = args.steps ?? 3
      // Progress first, then the work of that step: the last notification comes well before the
      // result (an SDK client drops progress that arrives with its result).
      for (let i = 1; i <= steps; i++) {
        if (token !== undefined) {
          send({
            jsonrpc: '2.0',
            method: 'notifications/progress',
            params: { progressToken: token, progress: i, total: steps },
          })
        }
        await sleep((args.ms ?? 300) / steps)
      }
      return text(`done ${args.tag ?? ''}`)
    }
    case 'ask': {
      const id = `ask-${++asked}`
      send({
        jsonrpc: '2.0',
        id,
        method: 'sampling/createMessage',
        params: {
          messages: [{ role: 'user', content: { type: 'text', text: args.question ?? 'hi?' } }],
          maxTokens: 10,
        },
      })
      const answer = await new Promise((resolve) => waiting.set(id, resolve))
      return text(JSON.stringify(answer.result ?? answer.error))
    }
    case 'noise':
      process.stdout.write('noise: not JSON at all\n')
      return text('after noise')
    case 'announce':
      send({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' })
      return text('announced')
    case 'crash':
      process.exit(3)
  }
  return { content: [], isError: true }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const message = JSON.parse(line)
  if (message.method === undefined) {
    waiting.get(message.id)?.(message)
    waiting.delete(message.id)
    return
  }
  if (message.id === undefined) return
  const reply = (result) => send({ jsonrpc: '2.0', id: message.id, result })
  switch (message.method) {
    case 'initialize':
      return reply({
        protocolVersion: message.params.protocolVersion,
        capabilities: { tools: { listChanged: true } },
        serverInfo: { name: 'fixture', version: '1.0.0' },
      })
    case 'ping':
      return reply({})
    case 'tools/list':
      return reply({ tools })
    case 'tools/call': {
      const { name, arguments: args = {}, _meta } = message.params
      void call(name, args, _meta?.progressToken).then(reply)
      return
    }
    default:
      send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'Method not found' } })
  }
})
