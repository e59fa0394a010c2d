import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js'
import { parseJsonRpcFrame } from './json-rpc-frame.js'

const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown

describe('JSON depth', () => {
  it('allows MAX_JSON_DEPTH + 1 levels (the top level is depth 0) and refuses one more', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(false)
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 2), MAX_JSON_DEPTH)).toBe(true)
    expect(nestsDeeperThan({ a: [{ b: 'x' }], c: 1 }, 2)).toBe(false)
    expect(nestsDeeperThan('text', 0)).toBe(false)
  })

  it('refuses a deeply nested frame with -32600 and its id', () => {
    const params = JSON.parse('{"a":'.repeat(100) + '1' + '}'.repeat(100)) as unknown
    const text = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params })
    expect(parseJsonRpcFrame(text)).toMatchObject({
      messages: [],
      rejections: [{ code: -32600, id: 7 }],
    })
  })
})
