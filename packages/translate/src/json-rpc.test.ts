import { describe, expect, it } from 'vitest'
import {
  answerIdAtEnds,
  idAtEnds,
  invalidMessage,
  parseMessages,
  progressTokenOf,
  serialize,
} from './json-rpc.js'

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

  it('answers what is not JSON-RPC 2.0 with -32600, echoing a request id', () => {
    const valid = [
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 'a', result: {} },
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } },
    ]
    for (const message of valid) expect(invalidMessage(message)).toBeUndefined()
    const noKind = 'a message needs a "method", or one of "result" and "error"'
    const invalid: [Record<string, unknown>, string | number | null, string][] = [
      [{ id: 7, method: 'ping' }, 7, '"jsonrpc" must be "2.0"'],
      [{ jsonrpc: '1.0', id: 'x', method: 'ping' }, 'x', '"jsonrpc" must be "2.0"'],
      [{ jsonrpc: '2.0', id: 3, method: 4 }, 3, '"method" must be a string'],
      [{ jsonrpc: '2.0', id: {}, method: 'ping' }, null, '"id" must be a string or a number'],
      [{ jsonrpc: '2.0', id: 5 }, null, noKind],
      [{ jsonrpc: '2.0', id: 6, result: {}, error: {} }, null, noKind],
      [{ id: 9, result: {} }, null, '"jsonrpc" must be "2.0"'],
    ]
    for (const [message, id, problem] of invalid) {
      expect(invalidMessage(message)).toEqual({
        jsonrpc: '2.0',
        id,
        error: { code: -32600, message: `Invalid Request: ${problem}` },
      })
    }
  })

  it('finds a request progress token', () => {
    expect(progressTokenOf({ params: { _meta: { progressToken: 'p' } } })).toBe('p')
    expect(progressTokenOf({ params: {} })).toBeUndefined()
  })
})

describe('idAtEnds', () => {
  it('finds the id of a message too long to read at its start or its end, never a nested one', () => {
    expect(idAtEnds({ head: '{"jsonrpc":"2.0","id":7,"result":{"content":[', tail: ']}}' })).toBe(7)
    expect(idAtEnds({ head: '{"result":{"x":"', tail: '"}},"jsonrpc":"2.0","id":"a-1"}' })).toBe(
      'a-1',
    )
    expect(idAtEnds({ head: '{"result":{"id":3,', tail: '"x","id":4}}' })).toBeNull()
  })
})

describe('answerIdAtEnds', () => {
  it('reads an answer\'s id though a nested "method" shows at an end; never a request\'s', () => {
    const nested = '"structuredContent":{"calls":[{"method":"x"}]}},"id":9}'
    expect(answerIdAtEnds({ head: '{"jsonrpc":"2.0","result":{"content":[', tail: nested })).toBe(9)
    expect(answerIdAtEnds({ head: '{"jsonrpc":"2.0","id":4,"error":{"data":"', tail: '"}}' })).toBe(
      4,
    )
    // a request (the child's own id space): no answer to end
    expect(
      answerIdAtEnds({ head: '{"jsonrpc":"2.0","id":2,"method":"sampling/x",', tail: '}}' }),
    ).toBeNull()
    expect(answerIdAtEnds({ head: '{"params":{"a":"', tail: '"},"method":"x","id":2}' })).toBeNull()
    expect(answerIdAtEnds({ head: '{"params":{"a":"', tail: '"},"id":2}' })).toBe(2)
    // names inside strings and nested objects are not the message's own
    expect(
      answerIdAtEnds({ head: '{"id":5,"result":{"method":"a\\"","x":[{"method":1', tail: '}]}}' }),
    ).toBe(5)
  })
})
