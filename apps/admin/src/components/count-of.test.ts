import { describe, expect, it } from 'vitest'
import { countOf } from './count-of'

describe('countOf', () => {
  it('says one thing in the singular, none or many in the plural', () => {
    expect([0, 1, 2].map((n) => countOf(n, 'tool'))).toEqual(['0 tools', '1 tool', '2 tools'])
  })
})
