import { createServer, type Server } from 'node:http'
import { Message, Role } from '@a2a-js/sdk'
import { ClientFactory } from '@a2a-js/sdk/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAgentFace, type RunSkill } from './agent-face.js'
import { agentCardJson, toolsAgentCard } from './tools-agent-card.js'

const run: RunSkill = async (skill, args, signal) => {
  if (skill === 'add') {
    const sum = Number(args.a) + Number(args.b)
    return { content: [{ type: 'text', text: String(sum) }], structuredContent: { sum } }
  }
  if (skill === 'slow') {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, 10_000)
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)))
    })
  }
  return { content: [{ type: 'text', text: `no skill '${skill}'` }], isError: true }
}

const message = (parts: Message['parts']): Message => ({
  messageId: `m-${Math.random()}`,
  contextId: '',
  taskId: '',
  role: Role.ROLE_USER,
  parts,
  metadata: undefined,
  extensions: [],
  referenceTaskIds: [],
})
const data = (value: unknown): Message['parts'][number] => ({
  content: { $case: 'data', value },
  metadata: undefined,
  filename: '',
  mediaType: '',
})

describe('createAgentFace called by the @a2a-js/sdk client', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    const face = createAgentFace()
    server = createServer((req, res) => {
      const card = toolsAgentCard({
        name: 'calc',
        description: 'Arithmetic',
        url: `${base}/a2a`,
        version: '1.2.3',
        tools: [
          { name: 'add', description: 'Adds a and b' },
          { name: 'slow', description: null },
        ],
      })
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(agentCardJson(card)))
        return
      }
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const request = new Request(`${base}${req.url}`, {
          method: 'POST',
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        })
        // `/other/...` is another agent of the same face, called by the same caller
        const agent = req.url?.startsWith('/other/') ? 'other' : 'calc'
        void face.handle(request, { card, agent, caller: 'tester', run }).then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers))
          if (response.body) for await (const chunk of response.body) res.write(chunk)
          res.end()
        })
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('describes the tools as skills on its card', async () => {
    const client = await new ClientFactory().createFromUrl(base)
    const card = await client.getAgentCard()
    expect(card.skills.map((s) => [s.id, s.description])).toEqual([
      ['add', 'Adds a and b'],
      ['slow', 'slow'],
    ])
  })

  it('runs a skill named in a data part and answers a completed task with an artifact', async () => {
    const client = await new ClientFactory().createFromUrl(base)
    const task = await client.sendMessage({
      tenant: '',
      message: message([data({ skill: 'add', arguments: { a: 2, b: 3 } })]),
      configuration: undefined,
      metadata: undefined,
    })
    expect('status' in task && task.status?.state).toBe(3)
    const parts = 'artifacts' in task ? (task.artifacts[0]?.parts ?? []) : []
    expect(parts.map((p) => p.content)).toEqual([
      { $case: 'text', value: '5' },
      { $case: 'data', value: { sum: 5 } },
    ])
  })

  it("keeps each agent's tasks to itself: another agent of the face does not see them", async () => {
    const client = await new ClientFactory().createFromUrl(base)
    const task = await client.sendMessage({
      tenant: '',
      message: message([data({ skill: 'add', arguments: { a: 1, b: 2 } })]),
      configuration: undefined,
      metadata: undefined,
    })
    const id = 'id' in task ? task.id : ''
    const rpc = (path: string, method: string, params: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'a2a-version': '1.0' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      }).then((r) => r.json() as Promise<{ result?: unknown; error?: { code: number } }>)
    expect((await rpc('/a2a', 'GetTask', { id })).result).toMatchObject({ id })
    expect((await rpc('/other/a2a', 'GetTask', { id })).error?.code).toBe(-32001)
    expect((await rpc('/other/a2a', 'CancelTask', { id })).error?.code).toBe(-32001)
    expect((await rpc('/other/a2a', 'ListTasks', {})).result).toMatchObject({ tasks: [] })
  })

  it('keeps at most maxTasks tasks, forgetting the one saved least recently', async () => {
    const face = createAgentFace({ maxTasks: 2 })
    const card = toolsAgentCard({
      name: 'calc',
      description: '',
      url: 'http://calc.test/a2a',
      version: '1',
      tools: [{ name: 'add', description: null }],
    })
    const rpc = async (method: string, params: unknown) => {
      const request = new Request('http://calc.test/a2a', {
        method: 'POST',
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      })
      const answer = await face.handle(request, { card, agent: 'calc', caller: 'ada', run })
      return (await answer.json()) as { result?: { task?: { id: string } }; error?: unknown }
    }
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const add = data({ skill: 'add', arguments: { a: i, b: 1 } })
      const sent = await rpc('SendMessage', { message: Message.toJSON(message([add])) })
      ids.push(sent.result?.task?.id ?? '')
    }
    expect((await rpc('GetTask', { id: ids[0] })).error).toMatchObject({ code: -32001 })
    for (const id of ids.slice(1))
      expect((await rpc('GetTask', { id })).result).toMatchObject({ id })
  })

  it('fails the task when the tool reports an error, and rejects a message without a skill', async () => {
    const client = await new ClientFactory().createFromUrl(base)
    const send = (parts: Message['parts']) =>
      client.sendMessage({
        tenant: '',
        message: message(parts),
        configuration: undefined,
        metadata: undefined,
      })
    const failed = await send([data({ skill: 'nope', arguments: {} })])
    expect('status' in failed && failed.status?.state).toBe(4)
    expect('status' in failed && failed.status?.message?.parts[0]?.content).toEqual({
      $case: 'text',
      value: "no skill 'nope'",
    })
    const rejected = await send([
      { content: { $case: 'text', value: 'hi' }, metadata: undefined, filename: '', mediaType: '' },
    ])
    expect('status' in rejected && rejected.status?.state).toBe(7)
  })

  it("cancels a running task, telling its stream in the task's context", async () => {
    const client = await new ClientFactory().createFromUrl(base)
    const stream = client.sendMessageStream({
      tenant: '',
      message: message([data({ skill: 'slow', arguments: {} })]),
      configuration: undefined,
      metadata: undefined,
    })
    const first = await stream.next()
    const task = first.value?.payload?.$case === 'task' ? first.value.payload.value : undefined
    const canceled = await client.cancelTask({
      tenant: '',
      id: task?.id ?? '',
      metadata: undefined,
    })
    expect(canceled.status?.state).toBe(5)
    const updates = []
    for await (const event of stream) {
      if (event.payload?.$case === 'statusUpdate') updates.push(event.payload.value)
    }
    expect(updates.map((u) => [u.status?.state, u.taskId, u.contextId])).toEqual([
      [2, task?.id, task?.contextId],
      [5, task?.id, task?.contextId],
    ])
  })

  it('answers a body that is not one JSON-RPC request with -32600, naming what is wrong', async () => {
    const post = (body: string) =>
      fetch(`${base}/a2a`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(
        (r) => r.json() as Promise<{ id: unknown; error?: { code: number; message: string } }>,
      )
    const request = { jsonrpc: '2.0', id: 4, method: 'GetTask', params: { id: 'x' } }
    for (const [body, id, message] of [
      [[request], null, 'a batch (a JSON array) is not taken: send one request object'],
      [null, null, 'the body must be a JSON-RPC request object, not null'],
      ['hi', null, 'the body must be a JSON-RPC request object, not a string'],
      [{ ...request, jsonrpc: undefined }, 4, 'jsonrpc must be "2.0"'],
      [{ ...request, jsonrpc: '1.0' }, 4, 'jsonrpc must be "2.0"'],
      [{ ...request, id: { a: 1 } }, null, 'id must be a string, a number or null'],
      [{ ...request, method: undefined }, 4, 'method must be a string'],
      [{ ...request, method: 7 }, 4, 'method must be a string'],
    ] as const) {
      expect(await post(JSON.stringify(body)), JSON.stringify(body)).toEqual({
        jsonrpc: '2.0',
        id,
        error: { code: -32600, message: `Invalid Request: ${message}` },
      })
    }
  })

  it('streams a task, and answers JSON-RPC errors for bad requests', async () => {
    const client = await new ClientFactory().createFromUrl(base)
    const states: number[] = []
    for await (const event of client.sendMessageStream({
      tenant: '',
      message: message([data({ skill: 'add', arguments: { a: 1, b: 1 } })]),
      configuration: undefined,
      metadata: undefined,
    })) {
      if (event.payload?.$case === 'statusUpdate')
        states.push(event.payload.value.status?.state ?? 0)
    }
    expect(states).toEqual([2, 3])

    const post = (body: string, version = '1.0') =>
      fetch(`${base}/a2a`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'a2a-version': version },
        body,
      }).then((r) => r.json() as Promise<{ error?: { code: number; message: string } }>)
    expect((await post('{nope')).error?.code).toBe(-32700)
    expect(
      (await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'Nope', params: {} }))).error
        ?.code,
    ).toBe(-32601)
    expect(
      (
        await post(
          JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'GetTask', params: { id: 'x' } }),
        )
      ).error?.code,
    ).toBe(-32001)
    expect(
      (
        await post(
          JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'GetTask', params: { id: 'x' } }),
          '9.9',
        )
      ).error?.message,
    ).toMatch(/version/i)
  })
})
