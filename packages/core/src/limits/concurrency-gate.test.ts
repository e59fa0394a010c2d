import { describe, expect, it } from 'vitest'
import { createConcurrencyGate } from './concurrency-gate.js'

describe('createConcurrencyGate', () => {
  it('admits up to max calls per key and one more after any leaves', () => {
    const gate = createConcurrencyGate()
    const first = gate.enter('t', 2)
    const second = gate.enter('t', 2)
    expect(first && second).toBeTypeOf('function')
    expect(gate.enter('t', 2)).toBeUndefined()
    expect(gate.enter('other', 2)).toBeTypeOf('function')
    first?.()
    first?.()
    expect(gate.enter('t', 2)).toBeTypeOf('function')
    expect(gate.enter('t', 2)).toBeUndefined()
  })
})
