import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAgent } from '@switchyard/a2a-fixture'
import { openA2aFixture, type A2aFixture, type Json, type ToolResult } from './a2a-fixture.js'

describe('A2A agents as MCP tools, called by the MCP SDK client over a virtual server', () => {
  let fixture: A2aFixture
  let api: A2aFixture['api']
  let serverId: string
  let answering: A2aFixture['answering']
  let streaming: A2aFixture['streaming']
  let asking: A2aFixture['asking']
  let mcp: A2aFixture['mcp']
  let call: A2aFixture['call']
  beforeAll(async () => {
    fixture = await openA2aFixture()
    ;({ api, serverId, answering, streaming, asking, mcp, call } = fixture)
  })
  afterAll(() => fixture?.dispose())

  describe('through an MCP client over the virtual server', () => {
    it('lists each agent as a tool taking a message', async () => {
      const { tools } = await mcp.listTools()
      expect(tools.map((t) => t.name)).toEqual([
        'answering-agent',
        'streaming-agent',
        'asking-agent',
      ])
      expect(tools[0]?.inputSchema).toMatchObject({ required: ['message'] })
      const listed = await api('GET', `/servers/${serverId}/tools`)
      expect(listed.body.map((t) => t.name)).toEqual(tools.map((t) => t.name))
    })

    it('sends text, data parts and files, and answers the reply parts and the task', async () => {
      const result = await call('answering-agent', {
        message: 'hi',
        data: [{ city: 'Paris' }],
        files: [
          { uri: 'https://files.test/report.pdf', name: 'report.pdf', mimeType: 'application/pdf' },
        ],
      })
      expect(result.isError).toBeUndefined()
      expect(result.content[0]).toEqual({ type: 'text', text: 'echo: hi' })
      expect(result.structuredContent).toMatchObject({
        kind: 'task',
        state: 'completed',
        message: { role: 'ROLE_AGENT', parts: [{ text: 'echo: hi' }] },
        artifacts: [
          {
            artifactId: 'received',
            parts: [
              {
                data: {
                  received: [
                    { city: 'Paris' },
                    { file: 'report.pdf', mediaType: 'application/pdf' },
                  ],
                },
              },
            ],
          },
        ],
      })
      expect(typeof result.structuredContent?.taskId).toBe('string')
      expect(typeof result.structuredContent?.contextId).toBe('string')
      expect(answering.seenAuth.at(-1)).toBe('Bearer agent-token')
    })

    it('reports a streaming agent status updates as progress', async () => {
      const progress: string[] = []
      const result = await call(
        'streaming-agent',
        { message: 'go' },
        { onprogress: (p: { message?: string }) => void progress.push(p.message ?? '') },
      )
      expect(result.content).toEqual([{ type: 'text', text: 'streamed: go' }])
      expect(progress).toEqual([
        'submitted',
        'working: step 1',
        'working: step 2',
        'completed: streamed: go',
      ])
      expect(streaming.seenAuth.at(-1)).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`)
    })

    it('continues a task that asked for input', async () => {
      const first = await call('asking-agent', { message: 'hello' })
      expect(first.isError).toBeUndefined()
      expect(first.content).toEqual([{ type: 'text', text: 'What is your name?' }])
      const { taskId, contextId, state } = first.structuredContent as Json
      expect(state).toBe('input-required')
      const second = await call('asking-agent', { message: 'Ada', taskId, contextId })
      expect(second.content).toEqual([{ type: 'text', text: 'Hello, Ada!' }])
      expect(second.structuredContent).toMatchObject({ state: 'completed', taskId, contextId })
      expect(asking.seenAuth.at(-1)).toBe('Custom yes')
    })

    it('answers a failed or rejected task as an error result with the agent message', async () => {
      expect(await call('answering-agent', { message: 'fail' })).toMatchObject({
        isError: true,
        content: [{ type: 'text', text: 'it broke' }],
        structuredContent: { state: 'failed' },
      })
      expect(await call('answering-agent', { message: 'reject' })).toMatchObject({
        isError: true,
        content: [{ type: 'text', text: 'not my job' }],
        structuredContent: { state: 'rejected' },
      })
      const bad = await call('answering-agent', { message: 'x', files: [{ name: 'neither' }] })
      expect(bad).toMatchObject({ isError: true })
      expect(bad.content[0]?.text).toContain('files.0')
    })

    it('cancels the agent task when the MCP call is cancelled', async () => {
      const abort = new AbortController()
      const call1 = call(
        'streaming-agent',
        { message: 'wait' },
        {
          signal: abort.signal,
          onprogress: (p: { message?: string }) => {
            if (p.message === 'working: step 1') abort.abort()
          },
        },
      )
      await expect(call1).rejects.toThrow()
      const deadline = Date.now() + 5_000
      while (streaming.canceled.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(streaming.canceled).toHaveLength(1)
    })

    it('answers an error result when the agent is gone', async () => {
      const gone = await startAgent('answering')
      const made = await api('POST', '/a2a', { name: 'Gone', url: gone.url })
      await gone.close()
      const server = await api('POST', '/servers', {
        name: 'gone',
        associatedA2aAgents: [made.body.id],
      })
      const client = await fixture.connect(server.body.id as string)
      const result = (await client.callTool({
        name: 'gone',
        arguments: { message: 'hi' },
      })) as ToolResult
      await client.close()
      expect(result.isError).toBe(true)
      expect(result.content[0]?.text).toMatch(/^agent 'Gone': the agent at .* could not be reached/)
      expect((await api('DELETE', `/a2a/${made.body.id as string}`)).status).toBe(200)
    })
  })
})
