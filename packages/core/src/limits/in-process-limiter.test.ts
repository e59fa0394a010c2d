import { describe, expect, it } from 'vitest'
import { isGatewayError } from '../errors.js'
import { createInProcessLimiter } from './in-process-limiter.js'
import { rateLimited, retryAfterSeconds } from './rate-limiter.js'

function clock() {
  let at = 1_000_000
  return { now: () => at, advance: (ms: number) => void (at += ms) }
}

const threePerTenSeconds = { requests: 3, windowSeconds: 10 }

describe('createInProcessLimiter', () => {
  it('allows a full burst, then refuses with the time until one token is back', async () => {
    const time = clock()
    const limiter = createInProcessLimiter({ now: time.now })
    const decisions = []
    for (let i = 0; i < 4; i++) decisions.push(await limiter.take('k', threePerTenSeconds))
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    expect(decisions[3]?.retryAfterMs).toBe(3334)
  })

  it('refills evenly over the window', async () => {
    const time = clock()
    const limiter = createInProcessLimiter({ now: time.now })
    for (let i = 0; i < 3; i++) await limiter.take('k', threePerTenSeconds)
    time.advance(3_400)
    expect((await limiter.take('k', threePerTenSeconds)).allowed).toBe(true)
    expect((await limiter.take('k', threePerTenSeconds)).allowed).toBe(false)
    time.advance(60_000)
    const after = []
    for (let i = 0; i < 4; i++) after.push((await limiter.take('k', threePerTenSeconds)).allowed)
    expect(after).toEqual([true, true, true, false])
  })

  it('keeps one bucket per key', async () => {
    const limiter = createInProcessLimiter({ now: clock().now })
    const one = { requests: 1, windowSeconds: 60 }
    expect((await limiter.take('a', one)).allowed).toBe(true)
    expect((await limiter.take('b', one)).allowed).toBe(true)
    expect((await limiter.take('a', one)).allowed).toBe(false)
  })

  it('starts a fresh bucket for a changed rate or window, and after forget', async () => {
    const limiter = createInProcessLimiter({ now: clock().now })
    const spend = async (limit: { requests: number; windowSeconds: number }, n: number) => {
      const allowed = []
      for (let i = 0; i < n; i++) allowed.push((await limiter.take('k', limit)).allowed)
      return allowed
    }
    expect(await spend(threePerTenSeconds, 4)).toEqual([true, true, true, false])
    expect(await spend({ requests: 4, windowSeconds: 10 }, 5)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ])
    expect(await spend({ requests: 4, windowSeconds: 20 }, 5)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ])
    // the same limit again goes on from its bucket; forget drops it
    expect(await spend({ requests: 4, windowSeconds: 20 }, 1)).toEqual([false])
    await limiter.forget('k')
    expect(limiter.size).toBe(0)
    expect(await spend({ requests: 4, windowSeconds: 20 }, 1)).toEqual([true])
  })

  it('sweeps buckets that have been idle for their whole window', async () => {
    const time = clock()
    const limiter = createInProcessLimiter({ now: time.now, sweepIntervalMs: 1_000 })
    await limiter.take('short', { requests: 1, windowSeconds: 1 })
    await limiter.take('long', { requests: 1, windowSeconds: 3_600 })
    expect(limiter.size).toBe(2)
    time.advance(2_000)
    await limiter.take('other', { requests: 1, windowSeconds: 1 })
    expect(limiter.size).toBe(2)
    expect((await limiter.take('long', { requests: 1, windowSeconds: 3_600 })).allowed).toBe(false)
  })

  it('never holds more than maxBuckets, dropping the least recently used', async () => {
    const limiter = createInProcessLimiter({ now: clock().now, maxBuckets: 2 })
    const one = { requests: 1, windowSeconds: 60 }
    await limiter.take('a', one)
    await limiter.take('b', one)
    await limiter.take('a', one)
    await limiter.take('c', one)
    expect(limiter.size).toBe(2)
    // 'b' was least recently used: it went, so it starts full again; 'c' stayed and is empty.
    expect((await limiter.take('b', one)).allowed).toBe(true)
    expect((await limiter.take('c', one)).allowed).toBe(false)
  })
})

describe('rateLimited', () => {
  it('is RATE_LIMITED with Retry-After in whole seconds, at least 1', () => {
    const error = rateLimited('principal', 1_200)
    expect(isGatewayError(error) && error.code).toBe('RATE_LIMITED')
    expect(error.headers).toEqual({ 'Retry-After': '2' })
    expect(retryAfterSeconds(0)).toBe(1)
  })
})
