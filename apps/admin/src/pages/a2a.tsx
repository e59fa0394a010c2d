import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { A2aAgent } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { LongText } from '../components/long-text'
import { ActionError, useRowAction } from '../components/row-action'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge } from '../components/states'
import { A2aForm } from './a2a-form'
import { A2aInvoke } from './a2a-invoke'

function AgentRow({
  agent,
  open,
  onToggle,
  onEdit,
}: {
  agent: A2aAgent
  open: boolean
  onToggle: () => void
  onEdit: () => void
}): ReactElement {
  const { can } = usePermissions()
  const change = useRowAction(['a2a'], ['tools'])
  return (
    <tr>
      <td>
        <strong>{agent.name}</strong>
        <LongText text={agent.url} />
        <ActionError action={change} />
      </td>
      <td>
        {agent.protocolBinding} {agent.protocolVersion}
        {agent.streaming && <div className="muted">streaming</div>}
      </td>
      <td>
        {agent.enabled ? <Badge tone="ok">enabled</Badge> : <Badge tone="muted">disabled</Badge>}
        <div className="muted">
          {agent.lastSeenAt
            ? `seen ${new Date(agent.lastSeenAt).toLocaleString()}`
            : 'not called yet'}
        </div>
      </td>
      <td>{agent.toolName ? <code>{agent.toolName}</code> : '—'}</td>
      <td className="row-actions">
        {can('a2a.execute') && (
          <button
            type="button"
            aria-expanded={open}
            aria-label={`Invoke ${agent.name}`}
            disabled={!agent.enabled}
            onClick={onToggle}
          >
            Invoke
          </button>
        )}
        {can('a2a.write') && (
          <>
            <button type="button" aria-label={`Edit ${agent.name}`} onClick={onEdit}>
              Edit
            </button>
            <button
              type="button"
              disabled={change.isPending}
              aria-label={`${agent.enabled ? 'Disable' : 'Enable'} ${agent.name}`}
              onClick={() => change.mutate(() => api.setEnabled('a2a', agent.id, !agent.enabled))}
            >
              {agent.enabled ? 'Disable' : 'Enable'}
            </button>
            <ConfirmButton
              label="Delete"
              disabled={change.isPending}
              aria-label={`Delete ${agent.name}`}
              title={`Delete ${agent.name}?`}
              message="Its tool leaves the catalog and every virtual server."
              onConfirm={() => change.mutate(() => api.remove('a2a', agent.id))}
            />
          </>
        )}
      </td>
    </tr>
  )
}

/** A2A agents: register by URL, list, edit, enable or disable, invoke with a message, delete. */
export function A2aPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<A2aAgent>()
  const [openId, setOpenId] = useState<string>()
  const { can } = usePermissions()
  const agents = useQuery({ queryKey: ['a2a'], queryFn: api.a2aAgents })
  const open = agents.data?.find((agent) => agent.id === openId && agent.enabled)
  return (
    <section aria-labelledby="page-title">
      <PageHead
        title="A2A agents"
        addLabel="Register agent"
        adding={adding}
        setAdding={setAdding}
        canAdd={can('a2a.write')}
      />
      {adding && <A2aForm onDone={() => setAdding(false)} />}
      {editing && <A2aForm key={editing.id} agent={editing} onDone={() => setEditing(undefined)} />}
      <QueryView query={agents} what="agents" empty="No A2A agents are registered yet.">
        {(list) => (
          <DataTable label="A2A agents" columns={['Agent', 'Protocol', 'State', 'Tool', 'Actions']}>
            {list.map((agent) => (
              <AgentRow
                key={agent.id}
                agent={agent}
                open={agent.id === openId}
                onToggle={() => setOpenId(agent.id === openId ? undefined : agent.id)}
                onEdit={() => {
                  setAdding(false)
                  setEditing(agent)
                }}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
      {open && <A2aInvoke key={open.id} agent={open} />}
    </section>
  )
}
