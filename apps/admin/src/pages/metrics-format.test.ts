import { describe, expect, it } from 'vitest'
import { formatMs, formatPercent, formatWhen } from './metrics-format'

describe('metrics formats', () => {
  it('rounds a latency to whole milliseconds, keeping a decimal under 10 ms', () => {
    expect(formatMs(123.516)).toBe('124 ms')
    expect(formatMs(3.217)).toBe('3.2 ms')
    expect(formatMs(0)).toBe('0 ms')
    expect(formatMs(null)).toBe('—')
  })

  it('shows a rate as a percentage with one decimal', () => {
    expect(formatPercent(0.125)).toBe('12.5%')
    expect(formatPercent(1)).toBe('100%')
  })

  it('shows the date of a time that was not today', () => {
    const now = new Date(2026, 10, 29, 15, 0)
    const today = new Date(2026, 10, 29, 9, 30).toISOString()
    const before = new Date(2026, 10, 27, 9, 30).toISOString()
    expect(formatWhen(today, now)).toBe(new Date(today).toLocaleTimeString())
    expect(formatWhen(before, now)).toBe(new Date(before).toLocaleString())
    expect(formatWhen(null, now)).toBe('—')
  })
})
