import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { useSearchParams } from 'react-router'
import { api } from '../api/endpoints'
import type { Role, RoleAssignment, Team } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { Empty, LoadError, Loading } from '../components/states'

function AssignForm({
  email,
  roles,
  teams,
}: {
  email: string
  roles: readonly Role[]
  teams: readonly Team[]
}): ReactElement {
  const [role, setRole] = useState('')
  const [teamId, setTeamId] = useState('')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const submit = () =>
    form.run(
      async () => {
        await api.assignRole(email, { role, ...(teamId && { teamId }) })
        await queryClient.invalidateQueries({ queryKey: ['user-roles', email] })
      },
      { role: role ? undefined : 'Choose a role.' },
    )
  return (
    <FormShell
      form={form}
      className="panel inline"
      label={`Give ${email} a role`}
      submitLabel="Give role"
      busyLabel="Giving…"
      onSubmit={submit}
    >
      <Field label="Role" error={form.errorFor('role')}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">— choose —</option>
            {roles.map((r) => (
              <option key={r.name} value={r.name}>
                {r.name} ({r.scope === 'team' ? 'team role' : 'global'})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Within team"
        error={form.errorFor('teamId')}
        hint="Team roles need a team; global roles none."
      >
        {(control) => (
          <select {...control} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">— globally —</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </FormShell>
  )
}

function AssignmentRow({
  assignment,
  teamName,
}: {
  assignment: RoleAssignment
  teamName: string | undefined
}): ReactElement {
  const where = assignment.teamId ? `in ${teamName ?? assignment.teamId}` : 'globally'
  const revoke = useRowAction(['user-roles', assignment.email])
  return (
    <tr>
      <td>
        <strong>{assignment.role}</strong>
        <ActionError action={revoke} />
      </td>
      <td>{where}</td>
      <td>{assignment.grantedBy ?? '—'}</td>
      <td>
        <ConfirmButton
          label="Take away"
          disabled={revoke.isPending}
          aria-label={`Take ${assignment.role} ${where} from ${assignment.email}`}
          title={`Take ${assignment.role} from ${assignment.email}?`}
          message={`They lose the role's permissions ${where} now.`}
          onConfirm={() =>
            revoke.mutate(() =>
              api.revokeRole(assignment.email, assignment.role, assignment.teamId),
            )
          }
        />
      </td>
    </tr>
  )
}

/** Who holds which role: pick a user, see their roles, give one (globally or in a team), take one. */
export function RoleAssignments({ roles }: { roles: readonly Role[] }): ReactElement {
  const [params, setParams] = useSearchParams()
  const email = params.get('user') ?? ''
  const users = useQuery({ queryKey: ['users'], queryFn: api.users })
  const teams = useQuery({ queryKey: ['teams'], queryFn: api.teams })
  const assignments = useQuery({
    queryKey: ['user-roles', email],
    queryFn: () => api.userRoles(email),
    enabled: email !== '',
  })
  const teamName = (id: string | null) => teams.data?.find((team) => team.id === id)?.name
  return (
    <section className="panel" aria-labelledby="assignments-title">
      <h2 id="assignments-title">Role assignments</h2>
      <Field label="User">
        {(control) => (
          <select
            {...control}
            value={email}
            onChange={(e) => setParams(e.target.value ? { user: e.target.value } : {})}
          >
            <option value="">— choose a user —</option>
            {users.data?.map((user) => (
              <option key={user.email} value={user.email}>
                {user.email}
              </option>
            ))}
          </select>
        )}
      </Field>
      {email === '' ? (
        <Empty>Choose a user to see and change their roles.</Empty>
      ) : assignments.isPending ? (
        <Loading what="role assignments" />
      ) : assignments.isError ? (
        <LoadError error={assignments.error} retry={() => void assignments.refetch()} />
      ) : (
        <>
          {assignments.data.length === 0 ? (
            <Empty>
              {email} holds no role: only what their teams give them (a platform admin holds every
              permission without one).
            </Empty>
          ) : (
            <DataTable
              label={`Roles of ${email}`}
              columns={['Role', 'Where', 'Given by', 'Actions']}
            >
              {assignments.data.map((assignment) => (
                <AssignmentRow
                  key={`${assignment.role}:${assignment.teamId ?? ''}`}
                  assignment={assignment}
                  teamName={teamName(assignment.teamId)}
                />
              ))}
            </DataTable>
          )}
          <AssignForm key={email} email={email} roles={roles} teams={teams.data ?? []} />
        </>
      )}
    </section>
  )
}
