import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { api } from '../api/endpoints'
import { opsApi } from '../api/ops'
import { DataTable } from '../components/data-table'
import { LongText } from '../components/long-text'
import { QueryView } from '../components/query-view'
import { Badge, Empty, LoadError, Loading } from '../components/states'
import { TimeChart } from '../components/time-chart'
import { statusTone } from './gateway-status'

function Count({
  label,
  to,
  count,
}: {
  label: string
  to: string
  count: { count: number; more: boolean } | number | undefined
}): ReactElement {
  const text =
    count === undefined
      ? '…'
      : typeof count === 'number'
        ? String(count)
        : `${count.count}${count.more ? '+' : ''}`
  return (
    <Link to={to} className="card count">
      <span className="number">{text}</span>
      <span>{label}</span>
    </Link>
  )
}

/** A list's size, counted with one page request (a 10,000-tool catalog costs one call). */
function useCount(path: string) {
  return useQuery({
    queryKey: [path.slice(1), 'count'],
    queryFn: () => opsApi.count(path),
    staleTime: 0,
  }).data
}

function CallsOverTime(): ReactElement {
  const series = useQuery({
    queryKey: ['timeseries', 'tool', ''],
    queryFn: () => opsApi.timeseries('tool'),
    refetchInterval: 15_000,
    staleTime: 0,
  })
  if (series.isPending) return <Loading what="calls" />
  if (series.isError) return <LoadError error={series.error} retry={() => void series.refetch()} />
  const points = series.data.points
  const total = points.reduce((sum, point) => sum + point.calls, 0)
  return (
    <>
      <TimeChart
        title="Tool calls and errors per minute, last hour"
        times={points.map((point) => point.at)}
        series={[
          {
            label: 'Calls',
            values: points.map((point) => point.calls),
            tone: 'accent',
            kind: 'bar',
          },
          {
            label: 'Errors',
            values: points.map((point) => point.failures),
            tone: 'bad',
            kind: 'bar',
          },
        ]}
      />
      {total === 0 && <p className="muted">No tool calls in the last hour.</p>}
    </>
  )
}

function RecentActivity(): ReactElement {
  const audit = useQuery({
    queryKey: ['audit', 'recent'],
    queryFn: () => opsApi.audit(10),
    refetchInterval: 15_000,
    staleTime: 0,
  })
  if (audit.isPending) return <Loading what="recent activity" />
  if (audit.isError) return <LoadError error={audit.error} retry={() => void audit.refetch()} />
  if (audit.data.items.length === 0) return <Empty>No changes recorded yet.</Empty>
  return (
    <DataTable label="Recent activity" columns={['When', 'Who', 'What', 'Outcome']}>
      {audit.data.items.map((record) => (
        <tr key={record.id}>
          <td>{new Date(record.at).toLocaleString()}</td>
          <td>{record.principal ?? 'anonymous'}</td>
          <td>
            <code>{record.action}</code>{' '}
            <span className="muted">
              {record.method} {record.path}
            </span>
          </td>
          <td>
            <Badge tone={record.outcome === 'success' ? 'ok' : 'bad'}>
              {record.outcome === 'success' ? String(record.status) : 'denied'}
            </Badge>
            {record.reason && <div className="muted">{record.reason}</div>}
          </td>
        </tr>
      ))}
    </DataTable>
  )
}

/** Counts, each upstream's health, calls and errors over the last hour, and recent changes. */
export function DashboardPage(): ReactElement {
  const gateways = useQuery({
    queryKey: ['gateways'],
    queryFn: api.gateways,
    refetchInterval: 5000,
  })
  const tools = useCount('/tools')
  const servers = useCount('/servers')
  const prompts = useCount('/prompts')
  const resources = useCount('/resources')
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: api.tokens })
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Dashboard</h1>
      <div className="counts">
        <Count label="Gateways" to="/gateways" count={gateways.data?.length} />
        <Count label="Tools" to="/tools" count={tools} />
        <Count label="Virtual servers" to="/servers" count={servers} />
        <Count label="Prompts" to="/prompts" count={prompts} />
        <Count label="Resources" to="/resources" count={resources} />
        <Count
          label="Tokens"
          to="/tokens"
          count={tokens.data?.filter((t) => !t.revokedAt).length}
        />
      </div>
      <div className="dashboard-grid">
        <div>
          <h2>Upstream health</h2>
          <QueryView
            query={gateways}
            what="gateways"
            empty={
              <>
                No upstreams yet. <Link to="/gateways">Register one</Link>.
              </>
            }
          >
            {(list) => (
              <ul className="health" aria-label="Upstream health">
                {list.map((gateway) => (
                  <li key={gateway.id}>
                    <Badge tone={statusTone(gateway)}>
                      {gateway.enabled ? gateway.status : 'disabled'}
                    </Badge>{' '}
                    <strong>{gateway.name}</strong>{' '}
                    {gateway.statusReason ? (
                      <LongText text={gateway.statusReason} />
                    ) : (
                      <span className="muted">{gateway.url ?? gateway.command}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </div>
        <div>
          <h2>Calls over time</h2>
          <CallsOverTime />
          <p>
            <Link to="/metrics">Metrics per tool and upstream</Link>
          </p>
        </div>
      </div>
      <h2>Recent activity</h2>
      <RecentActivity />
    </section>
  )
}
