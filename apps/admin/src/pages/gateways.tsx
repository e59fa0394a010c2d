import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { messageOf } from '../api/errors'
import type { Gateway } from '../api/types'
import { useConfirm } from '../components/confirm'
import { DataTable } from '../components/data-table'
import { LongText } from '../components/long-text'
import { PageHead } from '../components/page-head'
import { QueryView } from '../components/query-view'
import { Badge } from '../components/states'
import { GatewayForm } from './gateway-form'
import { HealthHistory } from './gateway-health'
import { statusTone } from './gateway-status'
import { syncSummary } from './sync-summary'

function GatewayRow({ gateway, onEdit }: { gateway: Gateway; onEdit: () => void }): ReactElement {
  const [history, setHistory] = useState(false)
  const queryClient = useQueryClient()
  const [confirm, ask] = useConfirm()
  const [note, setNote] = useState<string>()
  const changed = (): Promise<void> => queryClient.invalidateQueries({ queryKey: ['gateways'] })
  const action = useMutation({
    mutationFn: async (run: () => Promise<string>) => setNote(await run()),
    onError: (error) => setNote(messageOf(error)),
    onSettled: async () => {
      await changed()
      await queryClient.invalidateQueries({ queryKey: ['tools'] })
    },
  })
  const refresh = async (): Promise<string> => {
    return `Refreshed: ${syncSummary(await api.refreshGateway(gateway.id))}`
  }
  return (
    <>
      <tr>
        <td>
          <strong>{gateway.name}</strong>
          <LongText text={gateway.url ?? gateway.command ?? ''} />
          {note && (
            <div className="muted" role="status">
              {note}
            </div>
          )}
        </td>
        <td>{gateway.transport}</td>
        <td>
          <Badge tone={statusTone(gateway)}>{gateway.enabled ? gateway.status : 'disabled'}</Badge>
          {gateway.statusReason && <LongText text={gateway.statusReason} />}
        </td>
        <td>{gateway.lastSeenAt ? new Date(gateway.lastSeenAt).toLocaleString() : '—'}</td>
        <td className="row-actions">
          <button type="button" aria-label={`Edit ${gateway.name}`} onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            aria-expanded={history}
            aria-label={`History of ${gateway.name}`}
            onClick={() => setHistory(!history)}
          >
            History
          </button>
          <button
            type="button"
            aria-label={`Refresh ${gateway.name}`}
            disabled={action.isPending}
            onClick={() => action.mutate(refresh)}
          >
            Refresh
          </button>
          <button
            type="button"
            aria-label={`${gateway.enabled ? 'Disable' : 'Enable'} ${gateway.name}`}
            disabled={action.isPending}
            onClick={() => {
              const toggle = () =>
                action.mutate(async () => {
                  await api.setEnabled('gateways', gateway.id, !gateway.enabled)
                  return gateway.enabled ? 'Disabled' : 'Enabled'
                })
              if (!gateway.enabled) toggle()
              else
                ask({
                  title: `Disable ${gateway.name}?`,
                  message:
                    'Its tools, resources and prompts leave the catalog until it is enabled again.',
                  confirmLabel: 'Disable',
                  onConfirm: toggle,
                })
            }}
          >
            {gateway.enabled ? 'Disable' : 'Enable'}
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete ${gateway.name}`}
            onClick={() =>
              ask({
                title: `Delete ${gateway.name}?`,
                message:
                  'Its tools, resources and prompts leave the catalog and every virtual server.',
                confirmLabel: 'Delete',
                onConfirm: () =>
                  action.mutate(async () => {
                    await api.remove('gateways', gateway.id)
                    return 'Deleted'
                  }),
              })
            }
          >
            Delete
          </button>
          {confirm}
        </td>
      </tr>
      {history && (
        <tr className="detail-row">
          <td colSpan={5}>
            <HealthHistory id={gateway.id} name={gateway.name} />
          </td>
        </tr>
      )}
    </>
  )
}

/** Upstream MCP servers: register, edit, watch discovery and health history, refresh, enable or disable, delete. */
export function GatewaysPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<Gateway>()
  const gateways = useQuery({
    queryKey: ['gateways'],
    queryFn: api.gateways,
    // Discovery runs in the background: poll while any upstream is still pending.
    refetchInterval: (query) =>
      query.state.data?.some((gateway) => gateway.status === 'pending') ? 1000 : 10_000,
  })
  const queryClient = useQueryClient()
  const states = gateways.data?.map((gateway) => `${gateway.id}:${gateway.status}`).join() ?? ''
  useEffect(() => {
    // A discovery that finished changed the catalog.
    for (const kind of ['tools', 'resources', 'prompts'])
      void queryClient.invalidateQueries({ queryKey: [kind] })
  }, [states, queryClient])
  return (
    <section aria-labelledby="page-title">
      <PageHead
        title="Gateways"
        addLabel="Register gateway"
        adding={adding}
        setAdding={setAdding}
      />
      {adding && <GatewayForm onDone={() => setAdding(false)} />}
      {editing && (
        <GatewayForm key={editing.id} gateway={editing} onDone={() => setEditing(undefined)} />
      )}
      <QueryView
        query={gateways}
        what="gateways"
        empty="No upstream MCP servers are registered yet."
      >
        {(list) => (
          <DataTable
            label="Gateways"
            columns={['Name', 'Transport', 'Status', 'Last seen', 'Actions']}
          >
            {list.map((gateway) => (
              <GatewayRow
                key={gateway.id}
                gateway={gateway}
                onEdit={() => {
                  setAdding(false)
                  setEditing(gateway)
                }}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  )
}
