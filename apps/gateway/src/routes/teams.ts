import { isPlatformAdmin, type Owned } from '@switchyard/auth'
import {
  TeamCreateSchema,
  TeamMemberAddSchema,
  TeamMemberUpdateSchema,
  TeamUpdateSchema,
  type Registry,
  type Team,
} from '@switchyard/core'
import { defineRoute, type Route, type RouteInput } from '../http/route.js'
import { assertMatches, expecting, tagged } from '../http/if-match.js'

/** A team as authorize sees it: visible to its members, managed by its owners. */
export function teamEntity(team: Team): Owned {
  return {
    kind: 'team',
    id: team.id,
    name: team.name,
    owner: null,
    team: team.id,
    visibility: 'team',
  }
}

/** Teams and their members: anyone may create a team; its owners (and admins) manage it. */
export function teamRoutes(registry: Registry): Route[] {
  const tag = 'Teams'
  /** The team when the caller may take the action on it; 404 when they may not see it. */
  const permitted = async (
    action: 'teams.read' | 'teams.manage',
    input: Pick<RouteInput<undefined, undefined>, 'param' | 'authorize'>,
  ): Promise<Team> => {
    const team = await registry.teams.get(input.param('id'))
    input.authorize(action, teamEntity(team))
    return team
  }
  return [
    defineRoute({
      method: 'get',
      path: '/teams',
      summary: "List the caller's teams (platform admins: every team)",
      tag,
      handle: ({ principal }) =>
        registry.teams.list(isPlatformAdmin(principal) ? undefined : principal.email),
    }),
    defineRoute({
      method: 'post',
      path: '/teams',
      summary: 'Create a team; the caller becomes its owner',
      tag,
      status: 201,
      body: TeamCreateSchema,
      wrapKey: 'team',
      handle: ({ body, principal }) => registry.teams.create(body, { email: principal.email }),
    }),
    defineRoute({
      method: 'get',
      path: '/teams/:id',
      summary: 'Get a team',
      tag,
      handle: (input) => tagged(input.c, permitted('teams.read', input)),
    }),
    defineRoute({
      method: 'put',
      path: '/teams/:id',
      summary: "Update a team's name, slug or description (If-Match or `version`: 409 when stale)",
      tag,
      body: TeamUpdateSchema,
      wrapKey: 'team',
      async handle(input) {
        const body = expecting(input.c, input.body)
        const team = await permitted('teams.manage', input)
        return tagged(input.c, registry.teams.update(team.id, body))
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/teams/:id',
      summary:
        'Delete a team (refused while registry entities belong to it; If-Match: 409 VERSION_CONFLICT when stale)',
      tag,
      async handle(input) {
        const team = await permitted('teams.manage', input)
        assertMatches(input.c, 'team', team, team.id)
        await registry.teams.remove(team.id)
        return { status: 'success', message: `team '${team.name}' deleted`, id: team.id }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/teams/:id/members',
      summary: 'List the members of a team',
      tag,
      async handle(input) {
        return registry.teams.members((await permitted('teams.read', input)).id)
      },
    }),
    defineRoute({
      method: 'post',
      path: '/teams/:id/members',
      summary: 'Add a user to a team as owner or member',
      tag,
      status: 201,
      body: TeamMemberAddSchema,
      async handle(input) {
        const team = await permitted('teams.manage', input)
        return registry.teams.addMember(team.id, input.body)
      },
    }),
    defineRoute({
      method: 'put',
      path: '/teams/:id/members/:email',
      summary: "Change a member's role in a team",
      tag,
      body: TeamMemberUpdateSchema,
      async handle(input) {
        const team = await permitted('teams.manage', input)
        return registry.teams.setMemberRole(team.id, input.param('email'), input.body.role)
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/teams/:id/members/:email',
      summary: 'Remove a member from a team (members may remove themselves)',
      tag,
      permission: 'teams.read',
      async handle(input) {
        const email = input.param('email').toLowerCase()
        const self = email === input.principal.email.toLowerCase()
        const team = await permitted(self ? 'teams.read' : 'teams.manage', input)
        await registry.teams.removeMember(team.id, email)
        const done = self ? 'left' : 'was removed from'
        return { status: 'success', message: `${email} ${done} team '${team.name}'` }
      },
    }),
  ]
}
