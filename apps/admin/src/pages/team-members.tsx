import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Team, TeamMember } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { isEmail } from './is-email'

const memberRoles: TeamMember['role'][] = ['member', 'owner']

function AddMember({ team }: { team: Team }): ReactElement {
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<TeamMember['role']>('member')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const { can } = usePermissions()
  // Admins pick from the accounts; others type the address.
  const users = useQuery({ queryKey: ['users'], queryFn: api.users, enabled: can('admin.users') })
  const submit = () =>
    form.run(
      async () => {
        await api.addTeamMember(team.id, { email: email.trim(), role })
        await queryClient.invalidateQueries({ queryKey: ['team-members', team.id] })
        setEmail('')
      },
      { email: isEmail(email.trim()) ? undefined : 'Enter an e-mail address.' },
    )
  return (
    <FormShell
      form={form}
      className="panel inline"
      label={`Add a member to ${team.name}`}
      submitLabel="Add member"
      busyLabel="Adding…"
      onSubmit={submit}
    >
      <Field label="Member e-mail" error={form.errorFor('email')}>
        {(control) => (
          <input
            {...control}
            type="email"
            list="team-member-candidates"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <datalist id="team-member-candidates">
        {users.data?.map((user) => (
          <option key={user.email} value={user.email} />
        ))}
      </datalist>
      <Field label="Team role" error={form.errorFor('role')}>
        {(control) => (
          <select
            {...control}
            value={role}
            onChange={(e) => setRole(e.target.value as TeamMember['role'])}
          >
            {memberRoles.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        )}
      </Field>
    </FormShell>
  )
}

function MemberRow({
  team,
  member,
  manages,
  self,
}: {
  team: Team
  member: TeamMember
  manages: boolean
  self: boolean
}): ReactElement {
  const change = useRowAction(['team-members', team.id], ['teams'])
  return (
    <tr>
      <td>
        {member.email}
        <ActionError action={change} />
      </td>
      <td>
        {manages ? (
          <select
            aria-label={`Team role of ${member.email}`}
            value={member.role}
            disabled={change.isPending}
            onChange={(e) => {
              const role = e.target.value as TeamMember['role']
              change.mutate(() => api.setTeamMemberRole(team.id, member.email, role))
            }}
          >
            {memberRoles.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        ) : (
          member.role
        )}
      </td>
      <td>{new Date(member.joinedAt).toLocaleDateString()}</td>
      <td>
        {(manages || self) && (
          <ConfirmButton
            label={self ? 'Leave' : 'Remove'}
            disabled={change.isPending}
            aria-label={self ? `Leave ${team.name}` : `Remove ${member.email}`}
            title={self ? `Leave ${team.name}?` : `Remove ${member.email} from ${team.name}?`}
            message="The access this team gives ends now."
            onConfirm={() => change.mutate(() => api.removeTeamMember(team.id, member.email))}
          />
        )}
      </td>
    </tr>
  )
}

/** A team's members: owners and admins add them, change their role and remove them. */
export function TeamMembers({ team }: { team: Team }): ReactElement {
  const members = useQuery({
    queryKey: ['team-members', team.id],
    queryFn: () => api.teamMembers(team.id),
  })
  const { can, mine } = usePermissions()
  const ownsIt = members.data?.some((m) => m.email === mine?.email && m.role === 'owner')
  const manages = can('teams.manage', team.id) || Boolean(ownsIt)
  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">Members of {team.name}</h2>
      {manages && <AddMember team={team} />}
      <QueryView query={members} what="members" empty="No members.">
        {(list) => (
          <DataTable
            label={`Members of ${team.name}`}
            columns={['E-mail', 'Team role', 'Joined', 'Actions']}
          >
            {list.map((member) => (
              <MemberRow
                key={member.email}
                team={team}
                member={member}
                manages={manages}
                self={member.email === mine?.email}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  )
}
