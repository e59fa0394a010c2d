import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Role } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { Clamped } from '../components/long-text'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge, NoAccess } from '../components/states'
import { RoleAssignments } from './role-assignments'
import { RoleForm } from './role-form'

function RoleRow({ role, onEdit }: { role: Role; onEdit: () => void }): ReactElement {
  const remove = useRowAction(['roles'])
  return (
    <tr>
      <td>
        <strong>{role.name}</strong>{' '}
        {role.isBuiltIn ? <Badge tone="muted">built-in</Badge> : <Badge tone="ok">custom</Badge>}
        <ActionError action={remove} />
      </td>
      <td>{role.scope === 'team' ? 'within a team' : 'globally'}</td>
      <td className="description">{role.description ?? '—'}</td>
      <td className="permissions-cell">
        <Clamped>
          <ul className="permissions" aria-label={`Permissions of ${role.name}`}>
            {role.permissions.map((permission) => (
              <li key={permission}>
                <code>{permission}</code>
              </li>
            ))}
          </ul>
        </Clamped>
      </td>
      <td className="row-actions">
        {!role.isBuiltIn && (
          <button type="button" aria-label={`Edit role ${role.name}`} onClick={onEdit}>
            Edit
          </button>
        )}
        {!role.isBuiltIn && (
          <ConfirmButton
            label="Delete"
            disabled={remove.isPending}
            aria-label={`Delete role ${role.name}`}
            title={`Delete role ${role.name}?`}
            message="Everyone who holds it loses its permissions now."
            onConfirm={() => remove.mutate(() => api.removeRole(role.name))}
          />
        )}
      </td>
    </tr>
  )
}

/**
 * Roles (built-in and custom) with their permissions; custom roles created, edited and deleted;
 * who holds which role.
 */
export function RolesPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<Role>()
  const { can, mine } = usePermissions()
  const roles = useQuery({ queryKey: ['roles'], queryFn: api.roles })
  if (mine && !can('admin.rbac'))
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Roles</h1>
        <NoAccess what="manage roles" />
        <p>
          Your roles:{' '}
          {mine.roles.map((r) => (r.teamId ? `${r.role} (team)` : r.role)).join(', ') || 'none'}.
        </p>
      </section>
    )
  return (
    <section aria-labelledby="page-title">
      <PageHead title="Roles" addLabel="Create role" adding={adding} setAdding={setAdding} />
      {adding && <RoleForm onDone={() => setAdding(false)} />}
      {editing && (
        <RoleForm key={editing.name} role={editing} onDone={() => setEditing(undefined)} />
      )}
      <QueryView query={roles} what="roles" empty="No roles.">
        {(list) => (
          <DataTable
            label="Roles"
            columns={['Role', 'Held', 'Description', 'Permissions', 'Actions']}
          >
            {list.map((role) => (
              <RoleRow
                key={role.name}
                role={role}
                onEdit={() => {
                  setAdding(false)
                  setEditing(role)
                }}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
      <RoleAssignments roles={roles.data ?? []} />
    </section>
  )
}
