import { describe, expect, it } from 'vitest'
import { parseMessages, progressTokenOf, serialize } from './json-rpc.js'

describe('parseMessages and serialize', () => {
  it('reuses the text of a one-line message and re-encodes anything else', () => {
    const line = '{"jsonrpc":"2.0","id":1,"method":"ping"}'
    const [one] = parseMessages(line) ?? []
    expect(one).toBeDefined()
    expect(serialize(one ?? {})).toBe(line)
    const [pretty] =
      parseMessages('{\n  "jsonrpc": "2.0",\n  "id": 2,\n  "method": "ping"\n}') ?? []
    expect(serialize(pretty ?? {})).toBe('{"jsonrpc":"2.0","id":2,"method":"ping"}')
    const copy = { ...one, id: 3 }
    expect(serialize(copy)).toBe('{"jsonrpc":"2.0","id":3,"method":"ping"}')
  })

  it('takes batches and refuses what is not a JSON-RPC object', () => {
    expect(parseMessages('[{"id":1},{"method":"x"}]')).toHaveLength(2)
    for (const bad of ['', 'nope', '[]', '"text"', '[1]', 'null'])
      expect(parseMessages(bad)).toBeUndefined()
  })

  it('finds a request progress token', () => {
    expect(progressTokenOf({ params: { _meta: { progressToken: 'p' } } })).toBe('p')
    expect(progressTokenOf({ params: {} })).toBeUndefined()
  })
})
