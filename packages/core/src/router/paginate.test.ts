import { McpFaceError } from '@switchyard/transports'
import { describe, expect, it } from 'vitest'
import { paginate } from './paginate.js'

describe('paginate', () => {
  const items = Array.from({ length: 5 }, (_, i) => i)

  it('walks a merged list page by page with opaque cursors', () => {
    const first = paginate('tools', items, undefined, 2)
    expect(first.tools).toEqual([0, 1])
    const second = paginate('tools', items, first.nextCursor, 2)
    expect(second.tools).toEqual([2, 3])
    const last = paginate('tools', items, second.nextCursor, 2)
    expect(last).toEqual({ tools: [4] })
  })

  it('answers a whole short list without a cursor', () => {
    expect(paginate('prompts', items, undefined)).toEqual({ prompts: items })
  })

  it('refuses a cursor it did not issue', () => {
    for (const cursor of [
      'garbage',
      42,
      Buffer.from('99').toString('base64url'),
      Buffer.from('-1').toString('base64url'),
    ]) {
      expect(() => paginate('tools', items, cursor, 2)).toThrow(McpFaceError)
    }
  })
})
