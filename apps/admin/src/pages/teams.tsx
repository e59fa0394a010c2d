import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Team } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { ActionError, useRowAction } from '../components/row-action'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { QueryView } from '../components/query-view'
import { Badge } from '../components/states'
import { TeamForm } from './team-form'
import { TeamMembers } from './team-members'

function TeamRow({
  team,
  open,
  onToggle,
  onEdit,
}: {
  team: Team
  open: boolean
  onToggle: () => void
  onEdit: () => void
}): ReactElement {
  const { can } = usePermissions()
  const remove = useRowAction(['teams'])
  return (
    <tr>
      <td>
        <strong>{team.name}</strong> {team.isPersonal && <Badge tone="muted">personal</Badge>}
        <ActionError action={remove} />
      </td>
      <td>
        <code>{team.slug}</code>
      </td>
      <td className="description">{team.description ?? '—'}</td>
      <td className="row-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-label={`Members of ${team.name}`}
          onClick={onToggle}
        >
          Members
        </button>
        {can('teams.manage', team.id) && (
          <button type="button" aria-label={`Edit ${team.name}`} onClick={onEdit}>
            Edit
          </button>
        )}
        {can('teams.manage', team.id) && !team.isPersonal && (
          <ConfirmButton
            label="Delete"
            disabled={remove.isPending}
            aria-label={`Delete ${team.name}`}
            title={`Delete team ${team.name}?`}
            message="Its members lose the access the team gave them. A team that still owns registry entities is not deleted."
            onConfirm={() => remove.mutate(() => api.remove('teams', team.id))}
          />
        )}
      </td>
    </tr>
  )
}

/** Teams: create, list, edit (name, description), members (add, change role, remove), delete. */
export function TeamsPage(): ReactElement {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<Team>()
  const [openId, setOpenId] = useState<string>()
  const { can, mine } = usePermissions()
  const teams = useQuery({ queryKey: ['teams'], queryFn: api.teams })
  const open = teams.data?.find((team) => team.id === openId)
  return (
    <section aria-labelledby="page-title">
      <PageHead
        title="Teams"
        addLabel="Create team"
        adding={adding}
        setAdding={setAdding}
        canAdd={can('teams.write')}
      />
      {adding && <TeamForm onDone={() => setAdding(false)} />}
      {editing && <TeamForm key={editing.id} team={editing} onDone={() => setEditing(undefined)} />}
      <QueryView
        query={teams}
        what="teams"
        // A platform admin is shown every team, others the teams they are in.
        empty={mine?.isPlatformAdmin ? 'No teams yet.' : 'You are in no team yet.'}
      >
        {(list) => (
          <DataTable label="Teams" columns={['Name', 'Slug', 'Description', 'Actions']}>
            {list.map((team) => (
              <TeamRow
                key={team.id}
                team={team}
                open={team.id === openId}
                onToggle={() => setOpenId(team.id === openId ? undefined : team.id)}
                onEdit={() => {
                  setAdding(false)
                  setEditing(team)
                }}
              />
            ))}
          </DataTable>
        )}
      </QueryView>
      {open && <TeamMembers key={open.id} team={open} />}
    </section>
  )
}
