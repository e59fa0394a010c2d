import { Counter, Histogram, Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { LabeledCounter, LabeledHistogram } from './labeled-metrics.js'

const BOUNDS = [0.001, 0.01, 0.1, 1]
/** Label values the text format must escape, and a plain one. */
const ODD = 'srv "quoted" \\ back\nline'
const samples: [Record<string, string>, number][] = [
  [{ method: 'tools/call', server: 'plain' }, 0.0005],
  [{ method: 'tools/call', server: 'plain' }, 0.01],
  [{ method: 'tools/call', server: ODD }, 0.05],
  [{ method: 'tools/list', server: ODD }, 3],
]

/** prom-client's exposition of the same observations: the reference. */
async function reference(
  make: (registers: Registry[]) => Counter | Histogram,
  feed: (metric: Counter | Histogram, labels: Record<string, string>, value: number) => void,
): Promise<string[]> {
  const registry = new Registry()
  const metric = make([registry])
  for (const [labels, value] of samples) feed(metric, labels, value)
  return (await registry.metrics()).trim().split('\n')
}

describe('labeled counters and histograms', () => {
  it('write a counter as prom-client does', async () => {
    const help = 'Requests \\ served\nby server'
    const ours = new LabeledCounter('requests_total', help, ['method', 'server'])
    for (const [labels, value] of samples) ours.inc(labels, value > 1 ? 2 : 1)
    const expected = await reference(
      (registers) =>
        new Counter({ name: 'requests_total', help, labelNames: ['method', 'server'], registers }),
      (metric, labels, value) => (metric as Counter).inc(labels, value > 1 ? 2 : 1),
    )
    expect(ours.format().split('\n').sort()).toEqual(expected.sort())
    expect(ours.format()).toContain(
      'requests_total{method="tools/call",server="srv \\"quoted\\" \\\\ back\\nline"} 1',
    )
  })

  it('write a histogram as prom-client does: cumulative buckets, +Inf, sum and count', async () => {
    const ours = new LabeledHistogram('duration_seconds', 'Duration', ['method'], BOUNDS)
    for (const [labels, value] of samples) ours.observe({ method: labels.method! }, value)
    const expected = await reference(
      (registers) =>
        new Histogram({
          name: 'duration_seconds',
          help: 'Duration',
          labelNames: ['method'],
          buckets: BOUNDS,
          registers,
        }),
      (metric, labels, value) => (metric as Histogram).observe({ method: labels.method! }, value),
    )
    expect(ours.format().split('\n').sort()).toEqual(expected.sort())
    // a value on a bound counts in that bound's bucket
    const edge = new LabeledHistogram('edge_seconds', 'Edge', [], BOUNDS)
    edge.observe({}, 0.01)
    expect(edge.format()).toContain('edge_seconds_bucket{le="0.001"} 0')
    expect(edge.format()).toContain('edge_seconds_bucket{le="0.01"} 1')
    expect(edge.format()).toContain('edge_seconds_count 1')
  })

  it('write only their HELP and TYPE lines before any sample', () => {
    expect(new LabeledCounter('none_total', 'None', ['kind']).format()).toBe(
      '# HELP none_total None\n# TYPE none_total counter',
    )
  })
})
