import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerUpstream, startPluginGateway, type PluginGateway } from './plugin-harness.js'

/**
 * Requests with missing or mistyped params, through a virtual server over a real stdio upstream
 * (one without completions): each is refused with -32602 naming the field, or answered as MCP says.
 */
describe('MCP request params through a virtual server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-params-'))
  let g: PluginGateway
  let url = ''

  const rpc = async (method: string, params: unknown) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    return (await res.json()) as {
      result?: Record<string, unknown>
      error?: { code: number; message: string }
    }
  }

  beforeAll(async () => {
    g = await startPluginGateway(join(dir, 'data'))
    await registerUpstream(g, ['params'])
    url = `${g.gw.url}/rpc`
  }, 60_000)

  afterAll(async () => {
    await g?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['tools/call', { arguments: {} }, 'tools/call needs params.name (a string)'],
    ['tools/call', { name: 5 }, 'tools/call needs params.name (a string), not a number'],
    ['resources/read', {}, 'resources/read needs params.uri (a string)'],
    ['prompts/get', { name: null }, 'prompts/get needs params.name (a string), not null'],
    [
      'prompts/get',
      { name: 'up-greet', arguments: ['ada'] },
      'prompts/get params.arguments must be an object of strings, not an array',
    ],
    [
      'prompts/get',
      { name: 'up-greet', arguments: { who: 7 } },
      'prompts/get params.arguments.who must be a string, not a number',
    ],
    ['completion/complete', {}, 'completion/complete needs params.ref (an object)'],
    [
      'completion/complete',
      { ref: { type: 'ref/prompt', name: 'up-greet' } },
      'completion/complete needs params.argument (an object with a name and a value)',
    ],
    [
      'completion/complete',
      { ref: { type: 'ref/tool', name: 'x' }, argument: { name: 'a', value: '' } },
      `completion/complete params.ref.type must be 'ref/prompt' or 'ref/resource', not "ref/tool"`,
    ],
    [
      'completion/complete',
      { ref: { type: 'ref/prompt' }, argument: { name: 'who', value: 'a' } },
      'completion/complete needs params.ref.name (a string)',
    ],
  ])('%s %j is refused naming the field', async (method, params, message) => {
    expect((await rpc(method, params)).error).toEqual({ code: -32602, message })
  })

  it('answers completion of an upstream without completions with no values, not its error', async () => {
    const answer = await rpc('completion/complete', {
      ref: { type: 'ref/prompt', name: 'up-greet' },
      argument: { name: 'who', value: 'a' },
    })
    expect(answer.error).toBeUndefined()
    expect(answer.result?.completion).toEqual({ values: [], hasMore: false })
  })

  it('still renders a prompt and calls a tool given good params', async () => {
    const rendered = await rpc('prompts/get', { name: 'up-greet', arguments: { who: 'Ada' } })
    expect(JSON.stringify(rendered.result?.messages)).toContain('Ada')
    const called = await rpc('tools/call', { name: 'up-echo', arguments: { text: 'hi' } })
    expect(called.result?.content).toEqual([{ type: 'text', text: 'hi' }])
  })
})
