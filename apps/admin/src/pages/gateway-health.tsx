import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { opsApi, type HealthTransition } from '../api/ops'
import { Badge, LoadError, Loading } from '../components/states'

const tones: Record<string, string> = {
  active: 'ok',
  pending: 'warn',
  unreachable: 'bad',
  disabled: 'muted',
}

/** Each state's share of the time since the first recorded change, as segments of a bar. */
function segments(transitions: HealthTransition[], now: number) {
  const start = Date.parse(transitions[0]?.at ?? '')
  const span = Math.max(now - start, 1)
  return transitions.map((t, i) => {
    const from = Date.parse(t.at)
    const to = i + 1 < transitions.length ? Date.parse(transitions[i + 1]?.at ?? '') : now
    return {
      ...t,
      left: ((from - start) / span) * 100,
      width: Math.max(((to - from) / span) * 100, 0.5),
    }
  })
}

/** An upstream's recorded state changes: a timeline bar and the list, newest first. */
export function HealthHistory({ id, name }: { id: string; name: string }): ReactElement {
  const health = useQuery({
    queryKey: ['gateways', id, 'health'],
    queryFn: () => opsApi.gatewayHealth(id),
    refetchInterval: 5000,
  })
  if (health.isPending) return <Loading what="health history" />
  if (health.isError) return <LoadError error={health.error} retry={() => void health.refetch()} />
  const { transitions } = health.data
  if (transitions.length === 0)
    return <p className="muted">No state changes recorded; now {health.data.status}.</p>
  return (
    <div className="health-history" aria-label={`Health history of ${name}`} role="group">
      <div className="timeline" aria-hidden="true">
        {segments(transitions, health.dataUpdatedAt).map((s) => (
          <span
            key={s.at}
            className={`segment fill-${tones[s.status] ?? 'muted'}`}
            style={{ left: `${s.left}%`, width: `${s.width}%` }}
            title={`${s.status} from ${new Date(s.at).toLocaleString()}`}
          />
        ))}
      </div>
      <ol className="transitions" aria-label={`State changes of ${name}`}>
        {[...transitions].reverse().map((t) => (
          <li key={t.at + t.status}>
            <time dateTime={t.at}>{new Date(t.at).toLocaleString()}</time>{' '}
            <Badge tone={tones[t.status] ?? 'muted'}>{t.status}</Badge>
            {t.reason && <span className="muted"> {t.reason}</span>}
          </li>
        ))}
      </ol>
    </div>
  )
}
