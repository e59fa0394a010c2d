import { McpFaceError } from '@switchyard/transports'
import { describe, expect, it } from 'vitest'
import { createPager, paginate } from './paginate.js'

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

describe('createPager', () => {
  const items = Array.from({ length: 5 }, (_, i) => i)

  it('answers the same page object for the same page, and pages as paginate does', () => {
    const page = createPager(2)
    const first = page('tools', items, undefined)
    expect(page('tools', items, undefined)).toBe(first)
    expect(first).toEqual(paginate('tools', items, undefined, 2))
    const second = page('tools', items, first.nextCursor)
    expect(page('tools', items, first.nextCursor)).toBe(second)
    expect(second.tools).toEqual([2, 3])
    expect(page('prompts', items, undefined)).not.toBe(first)
  })

  it('keeps no page for an offset between pages, and still refuses bad cursors', () => {
    const page = createPager(2)
    const odd = Buffer.from('1').toString('base64url')
    expect(page('tools', items, odd).tools).toEqual([1, 2])
    expect(page('tools', items, odd)).not.toBe(page('tools', items, odd))
    expect(() => page('tools', items, 'garbage')).toThrow(McpFaceError)
    expect(() => page('tools', items, Buffer.from('-2').toString('base64url'))).toThrow(
      McpFaceError,
    )
  })
})
