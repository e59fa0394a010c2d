import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, listen, serverScript, untilActive } from './test-gateway.js'

const everything = serverScript('@modelcontextprotocol/server-everything')

// server-everything speaks the 2025 era: its sampling and elicitation requests are server-to-client
// requests, which a 2026-era client does not take. The gateway turns each into an input_required
// round of the client's call and answers the upstream with the client's retry.
describe('a 2025-era upstream asking a 2026-era client, through input_required rounds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-bridge-'))
  let gw: RunningGateway
  let client: Client
  const asked: string[] = []

  beforeAll(async () => {
    gw = await listen(dir, { AUTH_REQUIRED: 'false' })
    const api = (method: string, path: string, body?: unknown) =>
      callApi(gw.url, method, path, { body })
    const gateway = await api('POST', '/gateways', {
      name: 'everything',
      command: process.execPath,
      args: [everything, 'stdio'],
    })
    await untilActive(gw.url, gateway.id)
    client = new Client(
      { name: 'modern-client', version: '1.0.0' },
      {
        capabilities: { sampling: {}, elicitation: { form: {} } },
        versionNegotiation: { mode: { pin: '2026-07-28' } },
      },
    )
    client.setRequestHandler('sampling/createMessage', (request) => {
      const content = request.params.messages[0]?.content
      asked.push(`sampling: ${content !== undefined && 'text' in content ? content.text : ''}`)
      return {
        model: 'test-model',
        role: 'assistant',
        content: { type: 'text', text: 'the sampled answer' },
      }
    })
    client.setRequestHandler('elicitation/create', (request) => {
      asked.push(`elicitation: ${request.params.message}`)
      return { action: 'accept', content: { color: 'green' } }
    })
    await client.connect(new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`)))
  }, 60_000)

  afterAll(async () => {
    await client?.close()
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers an upstream sampling request from the client retry', async () => {
    expect(client.getProtocolEra()).toBe('modern')
    const result = await client.callTool({
      name: 'everything-trigger-sampling-request',
      arguments: { prompt: 'hello bridge', maxTokens: 10 },
    })
    expect(asked).toContainEqual(expect.stringContaining('hello bridge'))
    expect(JSON.stringify(result.content)).toContain('the sampled answer')
    expect(result.isError).not.toBe(true)
  })

  it('answers an upstream elicitation request the same way', async () => {
    const result = await client.callTool({ name: 'everything-trigger-elicitation-request' })
    expect(asked.some((line) => line.startsWith('elicitation: '))).toBe(true)
    expect(JSON.stringify(result.content)).toContain('green')
  })
})
