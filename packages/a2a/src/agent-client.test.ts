import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAgentClient, type StatusUpdate } from './agent-client.js'
import { fetchAgentCard } from './fetch-agent-card.js'
import { toAgentMessage } from './message-input.js'
import { startTestAgent, type TestAgent } from './test-agent.js'
import { toToolResult } from './tool-result.js'

describe('an @a2a-js/sdk agent called through createAgentClient', () => {
  let plain: TestAgent
  let streaming: TestAgent
  let legacy: TestAgent
  let rest: TestAgent
  beforeAll(async () => {
    ;[plain, streaming, legacy, rest] = await Promise.all([
      startTestAgent(),
      startTestAgent({ streaming: true }),
      startTestAgent({ legacy: true }),
      startTestAgent({ rest: true, streaming: true }),
    ])
  })
  afterAll(() => Promise.all([plain, streaming, legacy, rest].map((agent) => agent?.close())))

  const call = async (agent: TestAgent, args: unknown, onStatus?: (u: StatusUpdate) => void) => {
    const found = await fetchAgentCard(agent.url, { headers: { authorization: 'Bearer s3cret' } })
    const client = createAgentClient({ ...found, headers: { authorization: 'Bearer s3cret' } })
    return { found, reply: await client.send(toAgentMessage(args), onStatus ? { onStatus } : {}) }
  }

  it('speaks A2A 1.0 over JSON-RPC, with the credentials it was given', async () => {
    const { found, reply } = await call(plain, { message: 'hello' })
    expect(found.endpoint).toEqual({
      url: `${plain.url}/rpc`,
      protocolBinding: 'JSONRPC',
      protocolVersion: '1.0',
    })
    expect(reply).toMatchObject({ kind: 'task', state: 'completed' })
    expect(toToolResult(reply)).toMatchObject({
      content: [{ type: 'text', text: 'echo: hello' }],
      structuredContent: { kind: 'task', state: 'completed', taskId: reply.taskId, artifacts: [] },
    })
    expect(plain.seenAuth.length).toBeGreaterThanOrEqual(2)
    expect(new Set(plain.seenAuth)).toEqual(new Set(['Bearer s3cret']))
  })

  it('streams status updates from an agent whose card says it streams', async () => {
    const updates: StatusUpdate[] = []
    const { reply } = await call(streaming, { message: 'hi' }, (u) => updates.push(u))
    expect(reply.state).toBe('completed')
    expect(updates.map((u) => u.state)).toEqual(['submitted', 'working', 'completed'])
    expect(updates[1]?.text).toBe('thinking')
  })

  it('falls back to A2A 0.3 for an agent whose card is v0.3', async () => {
    const { found, reply } = await call(legacy, { message: 'old' })
    expect(found.endpoint.protocolVersion).toBe('0.3')
    expect(reply.state).toBe('completed')
    expect(toToolResult(reply).content).toEqual([{ type: 'text', text: 'echo: old' }])
  })

  it('speaks HTTP+JSON to an agent that offers only that, streaming too', async () => {
    const updates: StatusUpdate[] = []
    const { found, reply } = await call(rest, { message: 'rest' }, (u) => updates.push(u))
    expect(found.endpoint).toEqual({
      url: `${rest.url}/rest`,
      protocolBinding: 'HTTP+JSON',
      protocolVersion: '1.0',
    })
    expect(toToolResult(reply).content).toEqual([{ type: 'text', text: 'echo: rest' }])
    expect(updates.map((u) => u.state)).toEqual(['submitted', 'working', 'completed'])
  })

  it('turns a failed task into an error result with the agent message', async () => {
    const { reply } = await call(plain, { message: 'fail' })
    expect(toToolResult(reply)).toMatchObject({
      isError: true,
      content: [{ type: 'text', text: 'it broke' }],
      structuredContent: { state: 'failed' },
    })
  })

  it('refuses input that is not a message, naming the field', () => {
    expect(() => toAgentMessage({ message: 3 })).toThrow('message: must be a string, not a number')
    expect(() => toAgentMessage({ data: [] })).toThrow('message: is missing')
    expect(() => toAgentMessage({ message: 'x', files: [{ name: 'a' }] })).toThrow(/files\.0/)
  })
})

describe('fetchAgentCard failures', () => {
  it('names an unreachable agent', async () => {
    await expect(fetchAgentCard('http://127.0.0.1:9/agent')).rejects.toThrow(
      /^the agent at http:\/\/127\.0\.0\.1:9\/agent\/\.well-known\/agent-card\.json could not be reached/,
    )
  })

  it('names a card that is missing, not JSON, or lacks a field', async () => {
    const bodies: Record<string, [number, string]> = {
      '/missing/.well-known/agent-card.json': [404, 'no'],
      '/text/.well-known/agent-card.json': [200, 'hello'],
      '/nameless/.well-known/agent-card.json': [200, JSON.stringify({ supportedInterfaces: [] })],
      '/huge/.well-known/agent-card.json': [200, `"${'x'.repeat(11 * 1024 * 1024)}"`],
    }
    const server = createServer((req, res) => {
      const [status, body] = bodies[req.url ?? ''] ?? [500, '']
      res.writeHead(status, { 'content-type': 'application/json' }).end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    try {
      await expect(fetchAgentCard(`${base}/missing`)).rejects.toThrow(/answered HTTP 404$/)
      await expect(fetchAgentCard(`${base}/text`)).rejects.toThrow(/is not JSON$/)
      await expect(fetchAgentCard(`${base}/nameless`)).rejects.toMatchObject({
        code: 'INVALID_CARD',
        field: 'name',
      })
      await expect(fetchAgentCard(`${base}/huge`)).rejects.toThrow(
        /could not be read: the answer is larger than 10485760 bytes$/,
      )
      // a reply is held to the same bound as it is read
      const agent = await startTestAgent()
      const found = await fetchAgentCard(agent.url, { headers: { authorization: 'Bearer s3cret' } })
      await agent.close()
      const huge = { ...found, endpoint: { ...found.endpoint, url: `${base}/huge/rpc` } }
      bodies['/huge/rpc'] = [
        200,
        `{"jsonrpc":"2.0","id":1,"result":"${'x'.repeat(11 * 1024 * 1024)}"}`,
      ]
      await expect(
        createAgentClient({ ...huge, headers: { authorization: 'Bearer s3cret' } }).send(
          toAgentMessage({ message: 'hi' }),
        ),
      ).rejects.toThrow(/larger than 10485760 bytes/)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('names an agent that breaks off its answer as one that answered, not as unreachable', async () => {
    // a streamed event, then a line cut short by a closed connection; a card cut short alike
    const server = createServer((req, res) => {
      if (req.url?.endsWith('agent-card.json')) {
        res.writeHead(200, { 'content-type': 'application/json' }).write('{"name":')
        setTimeout(() => res.socket?.destroy(), 20)
        return
      }
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        const { id } = JSON.parse(body) as { id: number }
        const status = { taskId: 't1', contextId: 'c1', status: { state: 'TASK_STATE_WORKING' } }
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.write(
          `data: ${JSON.stringify({ jsonrpc: '2.0', id, result: { statusUpdate: status } })}\n\n`,
        )
        res.write('data: {"jsonrpc"')
        setTimeout(() => res.socket?.destroy(), 20)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    try {
      const agent = await startTestAgent({ streaming: true })
      const found = await fetchAgentCard(agent.url, { headers: { authorization: 'Bearer s3cret' } })
      await agent.close()
      const broken = { ...found, endpoint: { ...found.endpoint, url: `${base}/rpc` } }
      await expect(
        createAgentClient(broken).send(toAgentMessage({ message: 'hi' })),
      ).rejects.toMatchObject({
        code: 'PROTOCOL',
        message: `the agent at ${base}/rpc broke off its answer: other side closed`,
      })
      await expect(fetchAgentCard(`${base}/cut`)).rejects.toMatchObject({
        code: 'PROTOCOL',
        message: `the agent at ${base}/cut/.well-known/agent-card.json broke off its answer: other side closed`,
      })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
