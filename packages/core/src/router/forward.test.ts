import type {
  RequestContext,
  UpstreamRequestOptions,
  UpstreamSession,
} from '@switchyard/transports'
import { describe, expect, it } from 'vitest'
import { createForwarder } from './forward.js'

function context(meta?: Record<string, unknown>): RequestContext {
  return {
    sessionId: undefined,
    era: 'modern',
    protocolVersion: '2026-07-28',
    clientCapabilities: {},
    signal: new AbortController().signal,
    meta,
    sendProgress: () => Promise.resolve(),
    sendNotification: () => Promise.resolve(),
    sendRequest: () => Promise.reject(new Error('not on the 2026 wire')),
  }
}

/** A 2026-era session that records what each request was sent with. */
function session(result: Record<string, unknown>) {
  const sent: { params: unknown; options: UpstreamRequestOptions | undefined }[] = []
  const upstream = {
    era: { era: 'modern', protocolVersion: '2026-07-28' },
    request: (_method: string, params: unknown, options?: UpstreamRequestOptions) => {
      sent.push({ params, options })
      return Promise.resolve(result)
    },
  } as unknown as UpstreamSession
  return { upstream, sent }
}

describe('forward', () => {
  const forward = createForwarder({ gatewayOf: () => 'g1' })

  it('asks the upstream for progress only when the client asked for it', async () => {
    const { upstream, sent } = session({ content: [] })
    await forward(upstream, 'tools/call', { name: 'echo' }, context())
    await forward(upstream, 'tools/call', { name: 'echo' }, context({ progressToken: 7 }))
    expect(sent[0]?.options?.onProgress).toBeUndefined()
    expect(sent[1]?.options?.onProgress).toBeTypeOf('function')
    expect(sent[0]?.options?.onLog).toBeTypeOf('function')
  })

  it("drops the upstream's own name from the result's _meta and keeps the rest", async () => {
    const serverInfo = { 'io.modelcontextprotocol/serverInfo': { name: 'up', version: '1' } }
    const alone = session({ content: [], _meta: serverInfo })
    expect(await forward(alone.upstream, 'tools/call', {}, context())).toEqual({ content: [] })
    const more = session({ content: [], _meta: { ...serverInfo, trace: 'x' } })
    expect(await forward(more.upstream, 'tools/call', {}, context())).toEqual({
      content: [],
      _meta: { trace: 'x' },
    })
  })

  it('never takes an upstream\'s "__proto__" key as the prototype of the result it passes on', async () => {
    const hostile = JSON.parse(
      '{"content": [], "__proto__": {"isError": true}, "_meta": {"io.modelcontextprotocol/serverInfo": {}}}',
    ) as Record<string, unknown>
    const result = await forward(session(hostile).upstream, 'tools/call', {}, context())
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
    expect(result.isError).toBeUndefined()
  })
})
