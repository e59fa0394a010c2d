import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { opsApi, type SeriesKind } from '../api/ops'
import { LoadError, Loading } from '../components/states'
import { TimeChart } from '../components/time-chart'

/** The last hour, per minute, of one entity (or a whole kind): latency, error rate, volume. */
export function MetricsCharts({
  kind,
  name,
  title,
}: {
  kind: SeriesKind
  name: string | null
  title: string
}): ReactElement {
  const series = useQuery({
    queryKey: ['timeseries', kind, name ?? ''],
    queryFn: () => opsApi.timeseries(kind, name ?? undefined),
    refetchInterval: 15_000,
  })
  if (series.isPending) return <Loading what="time series" />
  if (series.isError) return <LoadError error={series.error} retry={() => void series.refetch()} />
  const { points } = series.data
  const times = points.map((point) => point.at)
  return (
    <section className="charts" aria-label={`Charts of ${title}`}>
      <h2>{title}: last hour, per minute</h2>
      {points.every((point) => point.calls === 0) && (
        <p className="muted">No calls in the last hour.</p>
      )}
      <TimeChart
        title="Latency"
        times={times}
        format={(value) => `${Math.round(value)} ms`}
        series={[
          { label: 'p50', values: points.map((p) => p.p50Ms), tone: 'ok' },
          { label: 'p95', values: points.map((p) => p.p95Ms), tone: 'warn' },
          { label: 'p99', values: points.map((p) => p.p99Ms), tone: 'bad' },
        ]}
      />
      <TimeChart
        title="Error rate"
        times={times}
        minMax={0.05}
        format={(value) => `${Math.round(value * 1000) / 10}%`}
        series={[
          {
            label: 'Errors / calls',
            values: points.map((p) => (p.calls === 0 ? null : p.errorRate)),
            tone: 'bad',
          },
        ]}
      />
      <TimeChart
        title="Volume"
        times={times}
        format={(value) => String(Math.round(value))}
        series={[
          { label: 'Calls', values: points.map((p) => p.calls), tone: 'accent', kind: 'bar' },
          { label: 'Failures', values: points.map((p) => p.failures), tone: 'bad', kind: 'bar' },
        ]}
      />
    </section>
  )
}
