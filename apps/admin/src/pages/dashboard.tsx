import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { api } from '../api/endpoints'
import { Badge, Empty, LoadError, Loading } from '../components/states'
import { statusTone } from './gateway-status'

function Count({
  label,
  to,
  count,
}: {
  label: string
  to: string
  count: number | undefined
}): ReactElement {
  return (
    <Link to={to} className="card count">
      <span className="number">{count ?? '…'}</span>
      <span>{label}</span>
    </Link>
  )
}

/** Counts of everything registered and each upstream's health at a glance. */
export function DashboardPage(): ReactElement {
  const gateways = useQuery({
    queryKey: ['gateways'],
    queryFn: api.gateways,
    refetchInterval: 5000,
  })
  const tools = useQuery({ queryKey: ['tools', ''], queryFn: () => api.tools() })
  const servers = useQuery({ queryKey: ['servers'], queryFn: api.servers })
  const prompts = useQuery({ queryKey: ['prompts'], queryFn: api.prompts })
  const resources = useQuery({ queryKey: ['resources'], queryFn: api.resources })
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: api.tokens })
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Dashboard</h1>
      <div className="counts">
        <Count label="Gateways" to="/gateways" count={gateways.data?.length} />
        <Count label="Tools" to="/tools" count={tools.data?.length} />
        <Count label="Virtual servers" to="/servers" count={servers.data?.length} />
        <Count label="Prompts" to="/prompts" count={prompts.data?.length} />
        <Count label="Resources" to="/resources" count={resources.data?.length} />
        <Count
          label="Tokens"
          to="/tokens"
          count={tokens.data?.filter((t) => !t.revokedAt).length}
        />
      </div>
      <h2>Upstream health</h2>
      {gateways.isPending ? (
        <Loading what="gateways" />
      ) : gateways.isError ? (
        <LoadError error={gateways.error} retry={() => void gateways.refetch()} />
      ) : gateways.data.length === 0 ? (
        <Empty>
          No upstreams yet. <Link to="/gateways">Register one</Link>.
        </Empty>
      ) : (
        <ul className="health" aria-label="Upstream health">
          {gateways.data.map((gateway) => (
            <li key={gateway.id}>
              <Badge tone={statusTone(gateway)}>
                {gateway.enabled ? gateway.status : 'disabled'}
              </Badge>{' '}
              <strong>{gateway.name}</strong>{' '}
              <span className="muted">
                {gateway.statusReason ?? gateway.url ?? gateway.command}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Calls and errors over time and recent activity arrive with the metrics API (follow-up).
      </p>
    </section>
  )
}
