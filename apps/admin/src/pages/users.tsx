import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { Link } from 'react-router'
import { api } from '../api/endpoints'
import type { User } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge, NoAccess } from '../components/states'
import { TextField } from '../components/text-field'
import { UserEdit } from './user-edit'
import { isEmail } from './is-email'

function UserForm({ onDone }: { onDone: () => void }): ReactElement {
  const [email, setEmail] = useState('')
  const [fullName, setFullName] = useState('')
  const [password, setPassword] = useState('')
  const [isAdmin, setIsAdmin] = useState(false)
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const submit = () =>
    form.run(
      async () => {
        await api.createUser({
          email: email.trim(),
          password,
          isAdmin,
          ...(fullName.trim() && { fullName: fullName.trim() }),
        })
        await queryClient.invalidateQueries({ queryKey: ['users'] })
        onDone()
      },
      {
        email: isEmail(email.trim()) ? undefined : 'Enter an e-mail address.',
        password: password ? undefined : 'Set a first password.',
      },
    )
  return (
    <FormShell form={form} label="Add user" submitLabel="Add user" onSubmit={submit}>
      <TextField
        label="E-mail"
        error={form.errorFor('email')}
        type="email"
        value={email}
        onChange={setEmail}
      />
      <TextField
        label="Full name"
        error={form.errorFor('fullName')}
        value={fullName}
        onChange={setFullName}
      />
      <TextField
        label="Password"
        error={form.errorFor('password')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <label className="check">
        <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} />
        Platform admin
      </label>
    </FormShell>
  )
}

function UserRow({
  user,
  self,
  onEdit,
}: {
  user: User
  self: boolean
  onEdit: () => void
}): ReactElement {
  const { can } = usePermissions()
  const change = useRowAction(['users'])
  return (
    <tr>
      <td>
        {user.email}
        <ActionError action={change} />
      </td>
      <td>{user.fullName ?? '—'}</td>
      <td>{user.isAdmin ? <Badge tone="warn">admin</Badge> : 'user'}</td>
      <td>
        {user.isActive ? <Badge tone="ok">active</Badge> : <Badge tone="muted">inactive</Badge>}
      </td>
      <td className="row-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit ${user.email}`}>
          Edit
        </button>
        {can('admin.rbac') && (
          <Link
            to={`/roles?user=${encodeURIComponent(user.email)}`}
            aria-label={`Roles of ${user.email}`}
          >
            Roles
          </Link>
        )}
        {!self && (
          <>
            <button
              type="button"
              disabled={change.isPending}
              aria-label={`${user.isActive ? 'Deactivate' : 'Activate'} ${user.email}`}
              onClick={() =>
                change.mutate(() => api.updateUser(user.email, { isActive: !user.isActive }))
              }
            >
              {user.isActive ? 'Deactivate' : 'Activate'}
            </button>
            <ConfirmButton
              label="Delete"
              disabled={change.isPending}
              aria-label={`Delete ${user.email}`}
              title={`Delete ${user.email}?`}
              message="The account, its sign-in, its API tokens and its roles end now."
              onConfirm={() => change.mutate(() => api.removeUser(user.email))}
            />
          </>
        )}
      </td>
    </tr>
  )
}

/** User accounts (admins): add, edit (name, admin, active, password reset), delete. */
export function UsersPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<string>()
  const { can, mine } = usePermissions()
  const allowed = can('admin.users')
  const users = useQuery({ queryKey: ['users'], queryFn: api.users })
  const me = useQuery({ queryKey: ['me'], queryFn: api.me })
  const edited = users.data?.find((user) => user.email === editing)
  if (mine && !allowed)
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Users</h1>
        <NoAccess what="manage user accounts" />
      </section>
    )
  return (
    <section aria-labelledby="page-title">
      <PageHead title="Users" addLabel="Add user" adding={adding} setAdding={setAdding} />
      {adding && <UserForm onDone={() => setAdding(false)} />}
      {edited && (
        <UserEdit
          key={edited.email}
          user={edited}
          self={edited.email === me.data?.email}
          onDone={() => setEditing(undefined)}
        />
      )}
      <QueryView query={users} what="users" empty="No users.">
        {(list) => (
          <DataTable label="Users" columns={['E-mail', 'Name', 'Role', 'State', 'Actions']}>
            {list.map((user) => (
              <UserRow
                key={user.email}
                user={user}
                self={user.email === me.data?.email}
                onEdit={() => setEditing(user.email)}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  )
}
