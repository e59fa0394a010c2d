import { describe, expect, it } from 'vitest'
import { ResetMark } from './reset-mark.js'

describe('ResetMark', () => {
  it('applies each reset once and moves through the contiguous ones', () => {
    const mark = new ResetMark()
    expect(mark.apply(1)).toBe(true)
    expect(mark.through).toBe(1)
    expect(mark.apply(3)).toBe(true)
    expect(mark.through).toBe(1)
    expect(mark.apply(3)).toBe(false)
    expect(mark.apply(2)).toBe(true)
    expect(mark.through).toBe(3)
    expect(mark.apply(2)).toBe(false)
  })

  it('counts the resets before its figures as applied', () => {
    const mark = new ResetMark()
    expect(mark.apply(7)).toBe(true)
    mark.raise(5)
    expect(mark.through).toBe(5)
    mark.raise(6)
    expect(mark.through).toBe(7)
    expect(mark.apply(4)).toBe(false)
    mark.raise(2)
    expect(mark.through).toBe(7)
  })
})
