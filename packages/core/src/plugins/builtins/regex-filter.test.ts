import { describe, expect, it } from 'vitest'
import type { ToolCallPayload } from '../plugin.js'
import { createPluginChain } from '../plugin-chain.js'
import { regexFilter, RegexFilterConfigSchema } from './regex-filter.js'

const info = { serverId: null, principalEmail: null }
const echo = (payload: ToolCallPayload) =>
  Promise.resolve({ content: [{ type: 'text', text: String(payload.arguments.text) }] })

function chainOf(config: Record<string, unknown>) {
  const plugin = regexFilter.create(RegexFilterConfigSchema.parse(config), {})
  return createPluginChain([
    { name: 'f', mode: 'enforce', timeoutMs: 60_000, servers: null, plugin },
  ])
}

const issues = (config: Record<string, unknown>) =>
  RegexFilterConfigSchema.safeParse(config).error?.issues.map((i) => [i.path, i.message])

describe('regex-filter options', () => {
  it('refuses deny and allow patterns that backtrack catastrophically, naming each', () => {
    expect(issues({ deny: ['ok', '(a+)+$'], allow: ['^(\\w+\\s?)*$'] })).toEqual([
      [
        ['deny', 1],
        "can take exponential time (catastrophic backtracking): in '(a+)+$', '(a+)+' repeats a part that can match the same text in more than one way, like (a+)+ or (a|a)*",
      ],
      [
        ['allow', 0],
        "can take exponential time (catastrophic backtracking): in '^(\\w+\\s?)*$', '(\\w+\\s?)*' repeats a part that can match the same text in more than one way, like (a+)+ or (a|a)*",
      ],
    ])
  })

  it('checks patterns with the flags they run with', () => {
    expect(issues({ deny: ['(A|a)+$'] })).toBeUndefined()
    expect(issues({ deny: ['(A|a)+$'], flags: 'i' })?.[0]?.[1]).toMatch(/^can take exponential/)
    expect(issues({ deny: ['\\p{L'], flags: 'u' })?.[0]?.[1]).toMatch(
      /^invalid regular expression: /,
    )
    expect(issues({ deny: ['a'], flags: 'ii' })).toEqual([
      [['flags'], 'may only hold the flags i, m, s and u, each once'],
    ])
  })

  it('refuses patterns whose scan takes the fourth power of the text length, naming the chain and a rewrite', () => {
    expect(issues({ deny: ['.*a.*b.*c', '\\s*\\s*\\s*!', '[a-z]+[^x]+\\w+!'] })).toEqual([
      [
        ['deny', 0],
        "can take time growing with the fourth power of the text's length: in '.*a.*b.*c', '.*', '.*' and '.*' can match the same text one after another, and a scan that fails tries every way to share it out; drop the leading '.*' (a scan tries every start anyway)",
      ],
      [
        ['deny', 1],
        "can take time growing with the fourth power of the text's length: in '\\s*\\s*\\s*!', '\\s*', '\\s*' and '\\s*' can match the same text one after another, and a scan that fails tries every way to share it out; write '\\s*' once",
      ],
      [
        ['deny', 2],
        "can take time growing with the fourth power of the text's length: in '[a-z]+[^x]+\\w+!', '[a-z]+', '[^x]+' and '\\w+' can match the same text one after another, and a scan that fails tries every way to share it out; make each part stop where the next one starts, as a[^b]*b[^c]*c does for a.*b.*c",
      ],
    ])
  })

  it('accepts small bounded repetitions of an ambiguous part, and chains of up to the cube', () => {
    const deny = ['\\$(\\d{1,3},?){1,5}', '(?:a{1,2}){1,2}', 'a.*b.*c', 'BEGIN.*KEY.*END']
    expect(issues({ deny })).toBeUndefined()
  })

  it('accepts the patterns of the docs and tests', () => {
    const deny = ['sk-[A-Za-z0-9]{20,}', 'drop\\s+table', 'secret-\\w+', 'TOPSECRET']
    expect(issues({ deny, allow: ['^[a-z ]*$'], flags: 'i' })).toBeUndefined()
  })
})

describe('regex-filter scans', () => {
  it('refuses a payload whose scan takes longer than scanTimeoutMs, and goes on serving', async () => {
    // a.*b.*c has one way to match but takes cubic time: 40,000 characters would take minutes
    const chain = chainOf({ deny: ['a.*b.*c'], scanTimeoutMs: 100 })
    const hostile = { name: 'echo', arguments: { text: 'ab'.repeat(20_000) } }
    await expect(chain.toolCall(hostile, info, echo)).rejects.toMatchObject({
      code: 'PLUGIN_BLOCKED',
      message:
        "plugin 'f' blocked tool 'echo': the arguments took more than 100 ms to scan (scanTimeoutMs)",
    })
    const fine = await chain.toolCall({ name: 'echo', arguments: { text: 'ok' } }, info, echo)
    expect(fine).toEqual({ content: [{ type: 'text', text: 'ok' }] })
  })

  it('scans short payloads under the time limit too when a pattern chains unbounded repetitions', async () => {
    // 255 characters in all, which \s*\s*! (cubic) takes 10 ms or more to scan
    const chain = chainOf({ deny: ['\\s*\\s*!'], on: ['arguments'], scanTimeoutMs: 1 })
    const hostile = { name: 'echo', arguments: { text: `${' '.repeat(250)}y` } }
    await expect(chain.toolCall(hostile, info, echo)).rejects.toMatchObject({
      message: expect.stringContaining('the arguments took more than 1 ms to scan') as string,
    })
  })

  it('redacts with a bounded repetition of an ambiguous part', async () => {
    const chain = chainOf({ deny: ['\\$(\\d{1,3},?){1,5}'], action: 'redact', on: ['results'] })
    const paid = { name: 'echo', arguments: { text: 'paid $1,234,567 and $89' } }
    expect(await chain.toolCall(paid, info, echo)).toEqual({
      content: [{ type: 'text', text: 'paid [REDACTED] and [REDACTED]' }],
    })
  })

  it('finds and redacts matches in long payloads, which are scanned under the time limit', async () => {
    const long = `${'x'.repeat(100_000)} TOPSECRET`
    const block = chainOf({ deny: ['TOPSECRET'] })
    await expect(
      block.toolCall({ name: 'echo', arguments: { text: long } }, info, echo),
    ).rejects.toMatchObject({
      message: expect.stringContaining('match the deny pattern') as string,
    })
    const redact = chainOf({ deny: ['TOPSECRET'], action: 'redact', on: ['results'] })
    const result = await redact.toolCall({ name: 'echo', arguments: { text: long } }, info, echo)
    expect(result).toEqual({
      content: [{ type: 'text', text: `${'x'.repeat(100_000)} [REDACTED]` }],
    })
  })
})
