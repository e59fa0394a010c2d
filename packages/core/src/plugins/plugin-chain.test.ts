import { describe, expect, it } from 'vitest'
import type { Plugin, PluginEntry, PluginMode } from './plugin.js'
import { createPluginChain, type PluginEvent } from './plugin-chain.js'
import { createPluginHost } from './plugin-host.js'

const info = { serverId: 's1', principalEmail: 'ann@example.com' }
const entry = (
  name: string,
  plugin: Plugin,
  mode: PluginMode = 'enforce',
  extra: Partial<PluginEntry> = {},
): PluginEntry => ({ name, mode, timeoutMs: 200, servers: null, plugin, ...extra })
const text = (value: string) => ({ content: [{ type: 'text', text: value }] })
const echo = (p: { arguments: Record<string, unknown> }) =>
  Promise.resolve(text(JSON.stringify(p.arguments)))
const call = { name: 'echo', arguments: { n: 1 } }

describe('plugin chain', () => {
  it('runs pre hooks in order on the changed payload, then the invoker, then post hooks in order', async () => {
    const seen: string[] = []
    const add = (label: string): Plugin => ({
      toolPreInvoke(payload, context) {
        seen.push(`pre ${label} ${context.plugin} ${JSON.stringify(payload.arguments)}`)
        return { payload: { ...payload, arguments: { ...payload.arguments, [label]: true } } }
      },
      toolPostInvoke(payload) {
        seen.push(`post ${label}`)
        const first = (payload.result.content as { text: string }[])[0]?.text ?? ''
        return { payload: { ...payload, result: text(`${first}+${label}`) } }
      },
    })
    const chain = createPluginChain([entry('a', add('a')), entry('b', add('b'))])
    const result = await chain.toolCall(call, info, echo)
    expect(seen).toEqual(['pre a a {"n":1}', 'pre b b {"n":1,"a":true}', 'post a', 'post b'])
    expect(result).toEqual(text('{"n":1,"a":true,"b":true}+a+b'))
  })

  it('gives each call one request id, the caller and per-plugin state shared by pre and post', async () => {
    const contexts: unknown[] = []
    const chain = createPluginChain([
      entry('p', {
        toolPreInvoke(_payload, context) {
          context.state.set('started', context.requestId)
          contexts.push({ ...context, signal: undefined, state: undefined })
        },
        toolPostInvoke(_payload, context) {
          expect(context.state.get('started')).toBe(context.requestId)
          contexts.push(context.requestId)
        },
      }),
    ])
    const tool = { id: 't1', name: 'echo', annotations: {} }
    await chain.toolCall(call, { ...info, tool }, echo)
    expect(contexts[0]).toMatchObject({
      hook: 'toolPreInvoke',
      plugin: 'p',
      serverId: 's1',
      principalEmail: 'ann@example.com',
      tool,
    })
    expect(contexts[1]).toBe((contexts[0] as { requestId: string }).requestId)
  })

  it('lets a pre hook answer the call: the invoker and later pre hooks are skipped, post hooks run', async () => {
    const seen: string[] = []
    const chain = createPluginChain([
      entry('cache', { toolPreInvoke: () => ({ result: text('cached') }) }),
      entry('later', { toolPreInvoke: () => void seen.push('later pre') }),
      entry('post', { toolPostInvoke: (p) => void seen.push(`post ${JSON.stringify(p.result)}`) }),
    ])
    const result = await chain.toolCall(call, info, () => Promise.reject(new Error('not called')))
    expect(result).toEqual(text('cached'))
    expect(seen).toEqual([`post ${JSON.stringify(text('cached'))}`])
  })

  it('enforce: a rejection blocks the call with PLUGIN_BLOCKED naming the plugin', async () => {
    let invoked = false
    const chain = createPluginChain([entry('guard', { toolPreInvoke: () => ({ reject: 'no' }) })])
    await expect(
      chain.toolCall(call, info, () => {
        invoked = true
        return Promise.resolve(text(''))
      }),
    ).rejects.toMatchObject({
      code: 'PLUGIN_BLOCKED',
      message: "plugin 'guard' blocked tool 'echo': no",
    })
    expect(invoked).toBe(false)
  })

  it('enforce: a throw or a timeout fails the call with PLUGIN_FAILED naming the plugin and hook', async () => {
    const thrower = createPluginChain([
      entry('boom', {
        toolPostInvoke: () => {
          throw new Error('kaput')
        },
      }),
    ])
    await expect(thrower.toolCall(call, info, echo)).rejects.toMatchObject({
      code: 'PLUGIN_FAILED',
      message: "plugin 'boom' failed on tool 'echo' (toolPostInvoke): kaput",
    })
    let aborted = false
    const slow = createPluginChain([
      entry(
        'slow',
        {
          promptPreRender: (_p, context) =>
            new Promise((resolve) => {
              context.signal.addEventListener('abort', () => {
                aborted = true
                setTimeout(resolve, 5)
              })
            }),
        },
        'enforce',
        { timeoutMs: 30 },
      ),
    ])
    await expect(
      slow.promptRender({ name: 'greet', arguments: {} }, info, () =>
        Promise.resolve({ messages: [] }),
      ),
    ).rejects.toMatchObject({
      code: 'PLUGIN_FAILED',
      message: "plugin 'slow' failed on prompt 'greet' (promptPreRender): timed out after 30 ms",
    })
    expect(aborted).toBe(true)
  })

  it('permissive: failures, timeouts and rejections are reported and skipped; changes still apply', async () => {
    const events: PluginEvent[] = []
    const chain = createPluginChain(
      [
        entry(
          'thrower',
          {
            resourcePreRead: () => {
              throw new Error('kaput')
            },
          },
          'permissive',
        ),
        entry('sleeper', { resourcePreRead: () => new Promise(() => {}) }, 'permissive', {
          timeoutMs: 20,
        }),
        entry(
          'objector',
          { resourcePreRead: (p) => ({ reject: 'dislike', payload: { uri: `${p.uri}?x` } }) },
          'permissive',
        ),
      ],
      { onEvent: (event) => events.push(event) },
    )
    const result = await chain.resourceRead({ uri: 'memo://a' }, info, (p) =>
      Promise.resolve({ contents: [{ uri: p.uri, text: 'hi' }] }),
    )
    expect(result).toEqual({ contents: [{ uri: 'memo://a?x', text: 'hi' }] })
    expect(events).toEqual([
      { plugin: 'thrower', hook: 'resourcePreRead', kind: 'failed', message: 'kaput' },
      {
        plugin: 'sleeper',
        hook: 'resourcePreRead',
        kind: 'failed',
        message: 'timed out after 20 ms',
      },
      { plugin: 'objector', hook: 'resourcePreRead', kind: 'rejected', message: 'dislike' },
    ])
  })

  it('treats a malformed answer as a failure', async () => {
    const chain = createPluginChain([
      entry('bad', { toolPostInvoke: (p) => ({ payload: { ...p, result: 'text' as never } }) }),
    ])
    await expect(chain.toolCall(call, info, echo)).rejects.toMatchObject({
      code: 'PLUGIN_FAILED',
      message:
        "plugin 'bad' failed on tool 'echo' (toolPostInvoke): toolPostInvoke answered a payload without a result object",
    })
  })

  it('treats a pre hook answering a result that is not an object as a failure', async () => {
    const garbage = { toolPreInvoke: () => ({ result: 'not a result' as never }) }
    const enforced = createPluginChain([entry('garbage', garbage)])
    await expect(enforced.toolCall(call, info, echo)).rejects.toMatchObject({
      code: 'PLUGIN_FAILED',
      message:
        "plugin 'garbage' failed on tool 'echo' (toolPreInvoke): toolPreInvoke answered a result that is not an object",
    })
    const events: PluginEvent[] = []
    const permissive = createPluginChain([entry('garbage', garbage, 'permissive')], {
      onEvent: (event) => events.push(event),
    })
    expect(await permissive.toolCall(call, info, echo)).toEqual(text('{"n":1}'))
    expect(events).toEqual([
      {
        plugin: 'garbage',
        hook: 'toolPreInvoke',
        kind: 'failed',
        message: 'toolPreInvoke answered a result that is not an object',
      },
    ])
  })

  it('runs registration hooks, which may refuse', async () => {
    const chain = createPluginChain([
      entry('policy', {
        onRegistration: (p, context) =>
          p.kind === 'server' && context.principalEmail === 'ann@example.com'
            ? { reject: 'ann may not add servers' }
            : undefined,
      }),
    ])
    const payload = { kind: 'server', action: 'create', id: null, input: {} } as const
    await expect(chain.registration(payload, 'bob@example.com')).resolves.toBeUndefined()
    await expect(chain.registration(payload, 'ann@example.com')).rejects.toMatchObject({
      code: 'PLUGIN_BLOCKED',
      message: "plugin 'policy' blocked create of server: ann may not add servers",
    })
  })
})

describe('plugin host', () => {
  const marker = (label: string): Plugin => ({
    toolPostInvoke: (p) => ({ payload: { ...p, result: text(`${label}`) } }),
  })

  it('scopes plugins to virtual servers, leaves out disabled ones, and has no chain when none applies', async () => {
    const host = createPluginHost([
      entry('only-s1', marker('s1'), 'enforce', { servers: ['s1'] }),
      entry('off', marker('off'), 'disabled'),
    ])
    expect(host.forServer(null)).toBeUndefined()
    expect(host.forServer('s2')).toBeUndefined()
    const chain = host.forServer('s1')
    expect(await chain?.toolCall(call, info, echo)).toEqual(text('s1'))
    expect(host.forServer('s1')).toBe(chain)
    await host.close()
  })

  it('runs global plugins everywhere, in configuration order with scoped ones', async () => {
    const host = createPluginHost([
      entry('global', marker('global')),
      entry('s1', marker('s1'), 'enforce', { servers: ['s1'] }),
    ])
    expect(await host.forServer(null)?.toolCall(call, info, echo)).toEqual(text('global'))
    expect(await host.forServer('s1')?.toolCall(call, info, echo)).toEqual(text('s1'))
  })
})
