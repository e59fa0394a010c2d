import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { GrpcService } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { countOf } from '../components/count-of'
import { DataTable } from '../components/data-table'
import { LongText } from '../components/long-text'
import { ActionError, useRowAction } from '../components/row-action'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge } from '../components/states'
import { GrpcForm } from './grpc-form'
import { GrpcMethods } from './grpc-methods'

function ServiceRow({
  service,
  open,
  onToggle,
  onEdit,
}: {
  service: GrpcService
  open: boolean
  onToggle: () => void
  onEdit: () => void
}): ReactElement {
  const { can } = usePermissions()
  // A refresh answers with what it changed (shown in the row); the other actions with nothing.
  const change = useRowAction<string | undefined>(['grpc'], ['grpc-methods', service.id], ['tools'])
  const note = change.data
  const refresh = async (): Promise<string> => {
    const { tools, skipped } = await api.refreshGrpcService(service.id)
    const changed = `${countOf(tools.added.length, 'tool')} added, ${tools.updated.length} updated, ${tools.removed.length} removed.`
    const names = skipped.map((s) => s.name).join(', ')
    const left =
      skipped.length > 0 ? ` Left out, as reflection cannot describe them: ${names}.` : ''
    return `Reflected again: ${changed}${left}`
  }
  const tone = !service.enabled ? 'muted' : service.status === 'active' ? 'ok' : 'bad'
  return (
    <tr>
      <td>
        <strong>{service.name}</strong>
        <div className="muted">
          <code>{service.target}</code>
          {service.tlsEnabled && ' · TLS'}
        </div>
        {note && (
          <div className="muted" role="status">
            {note}
          </div>
        )}
        <ActionError action={change} />
      </td>
      <td>
        <Badge tone={tone}>{service.enabled ? service.status : 'disabled'}</Badge>
        {service.statusReason && <LongText text={service.statusReason} />}
      </td>
      <td>{service.services.join(', ') || '—'}</td>
      <td>{service.lastReflectedAt ? new Date(service.lastReflectedAt).toLocaleString() : '—'}</td>
      <td className="row-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-label={`Methods of ${service.name}`}
          onClick={onToggle}
        >
          Methods
        </button>
        {can('grpc.write') && (
          <>
            <button type="button" aria-label={`Edit ${service.name}`} onClick={onEdit}>
              Edit
            </button>
            <button
              type="button"
              disabled={change.isPending}
              aria-label={`Refresh ${service.name}`}
              onClick={() => change.mutate(refresh)}
            >
              Refresh
            </button>
            <button
              type="button"
              disabled={change.isPending}
              aria-label={`${service.enabled ? 'Disable' : 'Enable'} ${service.name}`}
              onClick={() =>
                change.mutate(async () => {
                  await api.setEnabled('grpc', service.id, !service.enabled)
                  return undefined
                })
              }
            >
              {service.enabled ? 'Disable' : 'Enable'}
            </button>
            <ConfirmButton
              label="Delete"
              disabled={change.isPending}
              aria-label={`Delete ${service.name}`}
              title={`Delete ${service.name}?`}
              message="Its tools leave the catalog and every virtual server."
              onConfirm={() =>
                change.mutate(async () => {
                  await api.remove('grpc', service.id)
                  return undefined
                })
              }
            />
          </>
        )}
      </td>
    </tr>
  )
}

/**
 * gRPC services: register a target by reflection, edit, see its services and methods, refresh,
 * delete.
 */
export function GrpcPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<GrpcService>()
  const [openId, setOpenId] = useState<string>()
  const { can } = usePermissions()
  const services = useQuery({ queryKey: ['grpc'], queryFn: api.grpcServices })
  const open = services.data?.find((service) => service.id === openId)
  return (
    <section aria-labelledby="page-title">
      <PageHead
        title="gRPC services"
        addLabel="Register gRPC service"
        adding={adding}
        setAdding={setAdding}
        canAdd={can('grpc.write')}
      />
      {adding && <GrpcForm onDone={() => setAdding(false)} />}
      {editing && (
        <GrpcForm key={editing.id} service={editing} onDone={() => setEditing(undefined)} />
      )}
      <QueryView query={services} what="gRPC services" empty="No gRPC services are registered yet.">
        {(list) => (
          <DataTable
            label="gRPC services"
            columns={['Service', 'Status', 'Services offered', 'Last reflected', 'Actions']}
          >
            {list.map((service) => (
              <ServiceRow
                key={service.id}
                service={service}
                open={service.id === openId}
                onToggle={() => setOpenId(service.id === openId ? undefined : service.id)}
                onEdit={() => {
                  setAdding(false)
                  setEditing(service)
                }}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
      {open && <GrpcMethods key={open.id} service={open} />}
    </section>
  )
}
