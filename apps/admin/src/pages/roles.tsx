import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Role } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { Clamped } from '../components/long-text'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge, NoAccess } from '../components/states'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'
import { RoleAssignments } from './role-assignments'

/** Permissions as typed: one per line or separated by commas or spaces. */
function parsePermissions(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))]
}

function RoleForm({ onDone }: { onDone: () => void }): ReactElement {
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [scope, setScope] = useState<Role['scope']>('global')
  const [permissions, setPermissions] = useState('')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const submit = () => {
    const list = parsePermissions(permissions)
    return form.run(
      async () => {
        await api.createRole({
          name: name.trim(),
          scope,
          permissions: list,
          ...(description.trim() && { description: description.trim() }),
        })
        await queryClient.invalidateQueries({ queryKey: ['roles'] })
        onDone()
      },
      {
        name: name.trim() ? undefined : 'Give the role a name.',
        permissions: list.length > 0 ? undefined : 'List at least one permission.',
      },
    )
  }
  return (
    <FormShell form={form} label="Create role" submitLabel="Create role" onSubmit={submit}>
      <TextField
        label="Name"
        error={form.errorFor('name')}
        hint="Lower-case letters, digits and _, such as release_manager."
        value={name}
        onChange={setName}
      />
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      <Field
        label="Held"
        error={form.errorFor('scope')}
        hint="A team role is given within one team and applies to that team's entities."
      >
        {(control) => (
          <select
            {...control}
            value={scope}
            onChange={(e) => setScope(e.target.value as Role['scope'])}
          >
            <option value="global">globally</option>
            <option value="team">within a team</option>
          </select>
        )}
      </Field>
      <Field
        label="Permissions"
        error={form.errorFor('permissions')}
        hint="One per line or comma-separated: tools.read, servers.*, *.read, admin.users…"
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={permissions}
            onChange={(e) => setPermissions(e.target.value)}
          />
        )}
      </Field>
    </FormShell>
  )
}

function RoleRow({ role }: { role: Role }): ReactElement {
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

/** Roles (built-in and custom) with their permissions, custom roles, and who holds which role. */
export function RolesPage(): ReactElement {
  const [adding, setAdding] = useState(false)
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
      <QueryView query={roles} what="roles" empty="No roles.">
        {(list) => (
          <DataTable
            label="Roles"
            columns={['Role', 'Held', 'Description', 'Permissions', 'Actions']}
          >
            {list.map((role) => (
              <RoleRow key={role.name} role={role} />
            ))}
          </DataTable>
        )}
      </QueryView>
      <RoleAssignments roles={roles.data ?? []} />
    </section>
  )
}
