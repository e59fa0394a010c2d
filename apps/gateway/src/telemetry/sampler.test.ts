import { randomBytes } from 'node:crypto'
import { TraceFlags, type SpanContext } from '@opentelemetry/api'
import { describe, expect, it } from 'vitest'
import { createSampler } from './sampler.js'

/** A trace id whose last 56 bits (the randomness the ratio samplers read) are `randomness`. */
const traceId = (randomness: string) => `0af7651916cd43dd84${randomness}`
const LOW = traceId('00000000000001')
const MIDDLE = traceId('80000000000000')
const HIGH = traceId('ffffffffffffff')

const parent = (flags: number): SpanContext => ({
  traceId: MIDDLE,
  spanId: 'b7ad6b7169203331',
  traceFlags: flags,
  isRemote: true,
})
const SAMPLED = parent(TraceFlags.SAMPLED)
const UNSAMPLED = parent(TraceFlags.NONE)

describe('createSampler', () => {
  it.each([
    // sampler, root span, under a sampled parent, under an unsampled parent
    ['parentbased_always_on', true, true, false],
    ['parentbased_always_off', false, true, false],
    ['always_on', true, true, true],
    ['always_off', false, false, false],
  ] as const)('%s: root %s, sampled parent %s, unsampled parent %s', (name, root, yes, no) => {
    const sample = createSampler(name, 1)
    expect([sample(undefined, MIDDLE), sample(SAMPLED, MIDDLE), sample(UNSAMPLED, MIDDLE)]).toEqual(
      [root, yes, no],
    )
  })

  it('traceidratio decides by the trace id alone, keeping ids at or above the threshold', () => {
    const half = createSampler('traceidratio', 0.5)
    expect(half(undefined, LOW)).toBe(false)
    expect(half(undefined, MIDDLE)).toBe(true)
    expect(half(undefined, HIGH)).toBe(true)
    // a parent's flag does not count, only its (shared) trace id
    expect(half(SAMPLED, LOW)).toBe(false)
    expect(half(UNSAMPLED, HIGH)).toBe(true)
  })

  it('parentbased_traceidratio follows a parent and samples root spans by trace id', () => {
    const none = createSampler('parentbased_traceidratio', 0)
    expect(none(undefined, HIGH)).toBe(false)
    expect(none(SAMPLED, LOW)).toBe(true)
    const all = createSampler('parentbased_traceidratio', 1)
    expect(all(undefined, LOW)).toBe(true)
    expect(all(UNSAMPLED, HIGH)).toBe(false)
  })

  it('keeps about the share it is given, and every id a lower share keeps', () => {
    const ids = Array.from({ length: 20_000 }, () => randomBytes(16).toString('hex'))
    const kept = (ratio: number) => {
      const sample = createSampler('traceidratio', ratio)
      return new Set(ids.filter((id) => sample(undefined, id)))
    }
    const tenth = kept(0.1)
    const quarter = kept(0.25)
    // binomial spread at 20,000 draws is under 1%: these bounds are about 5 standard deviations out
    expect(tenth.size / ids.length).toBeGreaterThan(0.09)
    expect(tenth.size / ids.length).toBeLessThan(0.11)
    expect(quarter.size / ids.length).toBeGreaterThan(0.235)
    expect(quarter.size / ids.length).toBeLessThan(0.265)
    for (const id of tenth) expect(quarter.has(id)).toBe(true)
  })
})
