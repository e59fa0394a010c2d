import { describe, expect, it, vi } from 'vitest'
import { CircuitBreaker } from './circuit-breaker.js'

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one probe through after the cool-down, closes on success', () => {
    vi.useFakeTimers({ now: 0 })
    try {
      const breaker = new CircuitBreaker({ threshold: 2, coolDownMs: 1000 })
      breaker.failure('a', 'refused')
      expect(() => breaker.check('a', 'alpha')).not.toThrow()
      breaker.failure('a', 'refused')
      expect(breaker.state('a')).toBe('open')
      expect(() => breaker.check('a', 'alpha')).toThrow(
        /upstream 'alpha' is unavailable: 2 calls in a row failed \(last: refused\)/,
      )
      vi.setSystemTime(1000)
      expect(() => breaker.check('a', 'alpha')).not.toThrow()
      expect(breaker.state('a')).toBe('half-open')
      expect(() => breaker.check('a', 'alpha')).toThrow(/retry in progress/)
      breaker.success('a')
      expect(breaker.state('a')).toBe('closed')
      expect(() => breaker.check('a', 'alpha')).not.toThrow()
    } finally {
      vi.useRealTimers()
    }
  })

  it('doubles the cool-down after a failed probe, up to the maximum', () => {
    vi.useFakeTimers({ now: 0 })
    try {
      const breaker = new CircuitBreaker({ threshold: 1, coolDownMs: 1000, maxCoolDownMs: 3000 })
      breaker.failure('a', 'x')
      vi.setSystemTime(1000)
      breaker.check('a', 'alpha')
      breaker.failure('a', 'x')
      vi.setSystemTime(2999)
      expect(() => breaker.check('a', 'alpha')).toThrow(/retry in 1 s/)
      vi.setSystemTime(3000)
      breaker.check('a', 'alpha')
      breaker.failure('a', 'x')
      vi.setSystemTime(5999)
      expect(() => breaker.check('a', 'alpha')).toThrow()
      vi.setSystemTime(6000)
      expect(() => breaker.check('a', 'alpha')).not.toThrow()
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps keys apart and forgets a key on reset', () => {
    const breaker = new CircuitBreaker({ threshold: 1 })
    breaker.failure('a', 'x')
    expect(() => breaker.check('b', 'beta')).not.toThrow()
    breaker.reset('a')
    expect(() => breaker.check('a', 'alpha')).not.toThrow()
  })
})
