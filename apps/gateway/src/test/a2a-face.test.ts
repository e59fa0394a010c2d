import { Role, type Message } from '@a2a-js/sdk'
import {
  ClientFactory,
  ClientFactoryOptions,
  DefaultAgentCardResolver,
  JsonRpcTransportFactory,
} from '@a2a-js/sdk/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openA2aFixture, type A2aFixture, type Json } from './a2a-fixture.js'
import { openTestGateway } from './test-gateway.js'

describe('a virtual server as an A2A agent, called by the @a2a-js/sdk client', () => {
  let fixture: A2aFixture
  let gw: A2aFixture['gw']
  let serverId: string
  beforeAll(async () => {
    fixture = await openA2aFixture()
    ;({ gw, serverId } = fixture)
  })
  afterAll(() => fixture?.dispose())

  const fetchImpl: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers)
    headers.set('authorization', `Bearer ${gw.adminToken}`)
    const url = input instanceof Request ? input.url : String(input)
    return Promise.resolve(gw.app.request(url, { ...init, headers }))
  }
  const sdkClient = () =>
    new ClientFactory(
      ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
        transports: [new JsonRpcTransportFactory({ fetchImpl })],
        cardResolver: new DefaultAgentCardResolver({ fetchImpl }),
      }),
    ).createFromUrl(`http://gateway.test/servers/${serverId}/a2a/.well-known/agent-card.json`, '')
  const skill = (name: string, args: Json): Message => ({
    messageId: `m-${Math.random()}`,
    contextId: '',
    taskId: '',
    role: Role.ROLE_USER,
    parts: [
      {
        content: { $case: 'data', value: { skill: name, arguments: args } },
        metadata: undefined,
        filename: '',
        mediaType: '',
      },
    ],
    metadata: undefined,
    extensions: [],
    referenceTaskIds: [],
  })
  const send = async (message: Message) =>
    (await sdkClient()).sendMessage({
      tenant: '',
      message,
      configuration: undefined,
      metadata: undefined,
    })

  it('describes the server with its tools as skills', async () => {
    const card = await (await sdkClient()).getAgentCard()
    expect(card.name).toBe('agents')
    expect(card.supportedInterfaces[0]?.url).toBe(`http://gateway.test/servers/${serverId}/a2a`)
    expect(card.skills.map((s) => s.id)).toEqual([
      'answering-agent',
      'streaming-agent',
      'asking-agent',
    ])
  })

  it('runs a tool named by a data part and answers a completed task with artifacts', async () => {
    const task = await send(skill('answering-agent', { message: 'via the face' }))
    expect('status' in task && task.status?.state).toBe(3)
    const parts = 'artifacts' in task ? (task.artifacts[0]?.parts ?? []) : []
    expect(parts[0]?.content).toEqual({ $case: 'text', value: 'echo: via the face' })
    expect(parts.at(-1)?.content).toMatchObject({
      $case: 'data',
      value: { kind: 'task', state: 'completed' },
    })
  })

  it('streams the task of a SendStreamingMessage', async () => {
    const states: number[] = []
    for await (const event of (await sdkClient()).sendMessageStream({
      tenant: '',
      message: skill('streaming-agent', { message: 'twice' }),
      configuration: undefined,
      metadata: undefined,
    })) {
      if (event.payload?.$case === 'statusUpdate')
        states.push(event.payload.value.status?.state ?? 0)
      if (event.payload?.$case === 'artifactUpdate') {
        expect(event.payload.value.artifact?.parts[0]?.content).toEqual({
          $case: 'text',
          value: 'streamed: twice',
        })
      }
    }
    expect(states).toEqual([2, 3])
  })

  it('fails the task for an unknown tool or arguments the tool refuses', async () => {
    const unknown = await send(skill('nope', {}))
    expect('status' in unknown && unknown.status?.state).toBe(4)
    expect('status' in unknown && unknown.status?.message?.parts[0]?.content).toEqual({
      $case: 'text',
      value: "unknown tool 'nope'",
    })
    const invalid = await send(skill('answering-agent', { text: 'no message' }))
    expect('status' in invalid && invalid.status?.state).toBe(4)
    const why = 'status' in invalid ? invalid.status?.message?.parts[0]?.content : undefined
    expect(why?.$case === 'text' && why.value).toMatch(
      /invalid arguments for tool 'answering-agent'/,
    )
    const failed = await send(skill('answering-agent', { message: 'fail' }))
    expect('status' in failed && failed.status?.state).toBe(4)
  })

  it("keeps each server's tasks to it: another server's face does not show or cancel them", async () => {
    const task = await send(skill('answering-agent', { message: 'mine' }))
    const id = 'id' in task ? task.id : ''
    const other = await fixture.api('POST', '/servers', {
      name: 'other agents',
      associatedA2aAgents: ['answering agent'],
    })
    const rpc = async (server: string, method: string, params: unknown) => {
      const res = await gw.call('POST', `/servers/${server}/a2a`, {
        token: gw.adminToken,
        body: { jsonrpc: '2.0', id: 1, method, params },
      })
      return (await res.json()) as { result?: Json; error?: { code: number } }
    }
    expect((await rpc(serverId, 'GetTask', { id })).result).toMatchObject({ id })
    const otherId = other.body.id as string
    expect((await rpc(otherId, 'GetTask', { id })).error?.code).toBe(-32001)
    expect((await rpc(otherId, 'CancelTask', { id })).error?.code).toBe(-32001)
    expect((await rpc(otherId, 'ListTasks', {})).result).toMatchObject({ tasks: [] })
  })

  it('refuses callers without credentials and unknown servers', async () => {
    expect(
      (await gw.call('GET', `/servers/${serverId}/a2a/.well-known/agent-card.json`)).status,
    ).toBe(401)
    const card = await gw.call('GET', '/servers/nope/a2a/.well-known/agent-card.json', {
      token: gw.adminToken,
    })
    expect(card.status).toBe(404)
    const post = await gw.call('POST', '/servers/nope/a2a', { token: gw.adminToken, body: {} })
    expect(post.status).toBe(404)
    const notJson = await gw.call('POST', `/servers/${serverId}/a2a`, {
      token: gw.adminToken,
      body: '{x',
    })
    expect(await notJson.json()).toMatchObject({ error: { code: -32700 } })
  })
})

describe("a virtual server's agent card behind a proxy", () => {
  it('points at PUBLIC_BASE_URL, not at the origin the request came in on', async () => {
    const gw = await openTestGateway({ PUBLIC_BASE_URL: 'https://gw.example.com/' })
    try {
      const made = await gw.call('POST', '/servers', {
        token: gw.adminToken,
        body: { name: 'proxied' },
      })
      const id = ((await made.json()) as { id: string }).id
      const card = await gw.call('GET', `/servers/${id}/a2a/.well-known/agent-card.json`, {
        token: gw.adminToken,
      })
      expect(await card.json()).toMatchObject({
        supportedInterfaces: [{ url: `https://gw.example.com/servers/${id}/a2a` }],
      })
    } finally {
      await gw.dispose()
    }
  })
})
