import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Server } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { useReturnFocus } from '../components/return-focus'
import { ActionError, useRowAction } from '../components/row-action'
import { CopyButton } from '../components/copy-button'
import { countOf } from '../components/count-of'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge } from '../components/states'
import { ServerForm } from './server-form'
import { connectionSnippets } from './snippets'

function ServerCard({ server }: { server: Server }): ReactElement {
  const [editing, setEditing] = useState(false)
  const { can } = usePermissions()
  const change = useRowAction(['servers'])
  const editButton = useReturnFocus(editing)
  if (editing) return <ServerForm server={server} onDone={() => setEditing(false)} />
  return (
    <article className="card" aria-label={`Virtual server ${server.name}`}>
      <div className="page-head">
        <h2>
          {server.name} {!server.enabled && <Badge tone="muted">disabled</Badge>}
        </h2>
        {can('servers.write') && (
          <div className="row-actions">
            <button
              ref={editButton}
              type="button"
              aria-label={`Edit ${server.name}`}
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            <button
              type="button"
              disabled={change.isPending}
              aria-label={`${server.enabled ? 'Disable' : 'Enable'} ${server.name}`}
              onClick={() =>
                change.mutate(() => api.setEnabled('servers', server.id, !server.enabled))
              }
            >
              {server.enabled ? 'Disable' : 'Enable'}
            </button>
            <ConfirmButton
              label="Delete"
              disabled={change.isPending}
              aria-label={`Delete ${server.name}`}
              title={`Delete ${server.name}?`}
              message="Clients connected to its endpoint lose access."
              onConfirm={() => change.mutate(() => api.remove('servers', server.id))}
            />
          </div>
        )}
      </div>
      <ActionError action={change} />
      {server.description && <p className="description">{server.description}</p>}
      <p className="muted">
        {countOf(server.associatedTools.length, 'tool')},{' '}
        {countOf(server.associatedResources.length, 'resource')},{' '}
        {countOf(server.associatedPrompts.length, 'prompt')}
        {server.toolOverrides.length > 0 &&
          `, ${countOf(server.toolOverrides.length, 'tool override')}`}{' '}
        · id <code>{server.id}</code>
      </p>
      <details>
        <summary>Connect a client</summary>
        {connectionSnippets(window.location.origin, server.id, server.name).map((snippet) => (
          <div key={snippet.client} className="snippet">
            <div className="page-head">
              <h3>
                {snippet.client} <span className="muted">— {snippet.where}</span>
              </h3>
              <CopyButton text={snippet.text} label={`Copy ${snippet.client} snippet`} />
            </div>
            <pre>{snippet.text}</pre>
          </div>
        ))}
        <p className="muted">Replace &lt;token&gt; with an API token from the Tokens page.</p>
      </details>
    </article>
  )
}

/** Virtual servers: compose and edit members from every source, with connection snippets. */
export function ServersPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const servers = useQuery({ queryKey: ['servers'], queryFn: api.servers })
  const { can } = usePermissions()
  return (
    <section aria-labelledby="page-title">
      <PageHead
        title="Virtual servers"
        addLabel="Create virtual server"
        adding={adding}
        setAdding={setAdding}
        canAdd={can('servers.write')}
      />
      {adding && <ServerForm onDone={() => setAdding(false)} />}
      <QueryView query={servers} what="virtual servers" empty="No virtual servers yet.">
        {(list) => list.map((server) => <ServerCard key={server.id} server={server} />)}
      </QueryView>
    </section>
  )
}
