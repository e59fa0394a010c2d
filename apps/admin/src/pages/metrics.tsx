import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { inNaturalOrder } from '../api/natural-order'
import { opsApi, type EntityMetrics, type SeriesKind } from '../api/ops'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { Empty, LoadError, Loading } from '../components/states'
import { MetricsCharts } from './metrics-charts'
import { formatMs, formatPercent, formatWhen } from './metrics-format'

const kinds: [SeriesKind, string][] = [
  ['tool', 'Tools'],
  ['upstream', 'Upstreams'],
  ['server', 'Virtual servers'],
]

function EntityTable({
  rows,
  label,
  selected,
  onSelect,
  display,
}: {
  rows: EntityMetrics[]
  label: string
  selected: string | null
  onSelect: (name: string | null) => void
  display: (name: string) => string
}): ReactElement {
  return (
    <DataTable
      label={label}
      columns={['Name', 'Calls', 'Error rate', 'p50', 'p95', 'p99', 'Last call']}
    >
      {inNaturalOrder(rows, (row) => display(row.name)).map((row) => (
        <tr key={row.name} className={row.name === selected ? 'selected' : undefined}>
          <td>
            <button
              type="button"
              className="link"
              aria-pressed={row.name === selected}
              onClick={() => onSelect(row.name === selected ? null : row.name)}
            >
              {display(row.name)}
            </button>
          </td>
          <td>{row.calls.toLocaleString()}</td>
          <td>{formatPercent(row.failureRate)}</td>
          <td>{formatMs(row.p50Ms)}</td>
          <td>{formatMs(row.p95Ms)}</td>
          <td>{formatMs(row.p99Ms)}</td>
          <td>{formatWhen(row.lastCallAt)}</td>
        </tr>
      ))}
    </DataTable>
  )
}

/** Latency percentiles, error rate and volume per tool, upstream and virtual server. */
export function MetricsPage(): ReactElement {
  const [kind, setKind] = useState<SeriesKind>('tool')
  const [selected, setSelected] = useState<string | null>(null)
  const reset = useRowAction(['metrics'])
  const report = useQuery({
    queryKey: ['metrics'],
    queryFn: opsApi.metrics,
    refetchInterval: 15_000,
  })
  // Virtual servers are recorded by id ('*' for the whole catalog at /mcp): show their names.
  const servers = useQuery({
    queryKey: ['servers'],
    queryFn: api.servers,
    enabled: kind === 'server',
  })
  const display = (name: string): string =>
    kind !== 'server'
      ? name
      : name === '*'
        ? 'Whole catalog (/mcp)'
        : (servers.data?.find((server) => server.id === name)?.name ?? name)
  const label = kinds.find(([k]) => k === kind)?.[1] ?? ''
  const rows =
    report.data &&
    { tool: report.data.tools, upstream: report.data.upstreams, server: report.data.servers }[kind]
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Metrics</h1>
      <div className="filters">
        <label>
          Show
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as SeriesKind)
              setSelected(null)
            }}
          >
            {kinds.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        {selected && (
          <button type="button" onClick={() => setSelected(null)}>
            Show all {label.toLowerCase()}
          </button>
        )}
        <ConfirmButton
          label={selected === null ? `Reset ${label.toLowerCase()}` : `Reset ${display(selected)}`}
          // Nothing counted yet, nothing to reset.
          disabled={reset.isPending || !rows?.length}
          title={`Reset the figures of ${selected === null ? `all ${label.toLowerCase()}` : display(selected)}?`}
          message="Calls, failures and latencies counted so far are forgotten, on every replica and in the store. The charts of the last hour stay."
          onConfirm={() => reset.mutate(() => opsApi.resetMetrics(kind, selected ?? undefined))}
        />
      </div>
      <ActionError action={reset} />
      <MetricsCharts
        kind={kind}
        name={selected}
        title={selected === null ? `All ${label.toLowerCase()}` : display(selected)}
      />
      <h2>{label}, all calls so far</h2>
      {report.isPending ? (
        <Loading what="metrics" />
      ) : report.isError ? (
        <LoadError error={report.error} retry={() => void report.refetch()} />
      ) : !rows || rows.length === 0 ? (
        <Empty>No calls recorded yet.</Empty>
      ) : (
        <>
          <EntityTable
            rows={rows}
            label={label}
            selected={selected}
            onSelect={setSelected}
            display={display}
          />
          {report.data.replicas > 1 && (
            <p className="hint">
              Added up over the {report.data.replicas} replicas running now and the figures kept in
              the store.
            </p>
          )}
          {report.data.droppedSamples > 0 && (
            <p className="notice">
              {report.data.droppedSamples} samples were dropped under load; figures miss them.
            </p>
          )}
        </>
      )}
    </section>
  )
}
