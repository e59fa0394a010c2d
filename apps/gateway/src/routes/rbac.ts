import {
  authorize,
  grantsOf,
  isPlatformAdmin,
  managesTeam,
  permits,
  type Owned,
  type Principal,
} from '@switchyard/auth'
import {
  EmailSchema,
  GatewayError,
  invalidInput,
  PermissionSchema,
  RoleAssignSchema,
  RoleCreateSchema,
  RoleUpdateSchema,
  type Registry,
} from '@switchyard/core'
import { z } from 'zod'
import { userRights } from '../auth/user-access.js'
import { referenced } from '../http/referenced.js'
import { defineRoute, type Route, type RouteInput } from '../http/route.js'
import { knownPermissions } from './known-permissions.js'
import { teamEntity } from './teams.js'
import { assertMatches, expecting, tagged } from '../http/if-match.js'

const ENTITY_KINDS = [
  'tool',
  'resource',
  'prompt',
  'server',
  'gateway',
  'a2a',
  'grpc',
  'team',
] as const

/** Giving and taking roles: admins (`admin.rbac`), and team admins within their teams. */
const HAND_OUT = ['admin.rbac', 'teams.manage']

/** Body of `POST /rbac/permissions/check`. */
const PermissionCheckSchema = z.object({
  email: EmailSchema.optional(),
  permission: PermissionSchema,
  entity: z.object({ kind: z.enum(ENTITY_KINDS), id: z.string().min(1).max(255) }).optional(),
})

/** Roles, their assignment to users, and the caller's own permissions with "why (not)" answers. */
export function rbacRoutes(registry: Registry): Route[] {
  const tag = 'RBAC'

  /** A registry entity's ownership facts, by kind and id; 422 naming `entity.id` when it does not exist. */
  async function entityOf(kind: (typeof ENTITY_KINDS)[number], id: string): Promise<Owned> {
    const missing = { path: 'entity.id', message: `no ${kind} with id '${id}'` }
    if (kind === 'team') return teamEntity(await referenced(registry.teams.get(id), missing))
    const services = {
      tool: registry.tools,
      resource: registry.resources,
      prompt: registry.prompts,
      server: registry.servers,
      gateway: registry.gateways,
      a2a: registry.a2a,
      grpc: registry.grpc,
    }
    const entity = await referenced<Owned & { name: string }>(services[kind].get(id), missing)
    return { ...entity, kind }
  }

  /** The principal of a user as authentication would make it (without a token's scopes). */
  async function principalOf(email: string): Promise<Principal> {
    const user = await referenced(registry.users.get(email), {
      path: 'email',
      message: `no user with e-mail '${email}'`,
    })
    const rights = await userRights(registry.roles, user.email)
    return { kind: 'user', email: user.email, isAdmin: user.isAdmin, ...rights }
  }

  /**
   * Throws unless the caller may give (or take) the role: anything with `admin.rbac`; else, as a
   * team admin, only a team role within a team it manages, and only a role whose permissions it
   * holds itself there. In a body (`giving`), an unknown role or team is a 422 naming its field
   * (a team the caller may not see reads as unknown); the role service checks membership.
   */
  async function assertMayHandOut(
    input: Pick<RouteInput<undefined, undefined>, 'principal' | 'authorize'>,
    roleName: string,
    teamId: string | undefined,
    giving: boolean,
  ): Promise<void> {
    const { principal } = input
    if (authorize(principal, 'admin.rbac').allowed) return
    const who = `user ${principal.email}`
    const lookup = <T>(found: Promise<T>, path: string, message: string) =>
      giving ? referenced(found, { path, message }) : found
    const role = await lookup(registry.roles.get(roleName), 'role', `no role named '${roleName}'`)
    if (role.scope === 'global' || teamId === undefined) {
      const why = role.scope === 'global' ? `role '${role.name}' is global` : 'no teamId was given'
      throw new GatewayError(
        'FORBIDDEN',
        `${why}: without admin.rbac, ${who} may give and take only team roles within a team it manages`,
      )
    }
    const unknownTeam = `no team with id '${teamId}'`
    const team = teamEntity(await lookup(registry.teams.get(teamId), 'teamId', unknownTeam))
    if (giving && authorize(principal, 'teams.manage', team).hidden)
      throw invalidInput([{ path: 'teamId', message: unknownTeam }])
    input.authorize('teams.manage', team)
    const unheld = role.permissions.filter((p) => !authorize(principal, p, team).allowed)
    if (unheld.length > 0) {
      throw new GatewayError(
        'FORBIDDEN',
        `role '${role.name}' carries ${unheld.join(', ')}, which ${who} does not hold in team ${teamId}`,
      )
    }
  }

  return [
    defineRoute({
      method: 'get',
      path: '/rbac/roles',
      summary: 'List roles (built-in and custom)',
      tag,
      handle: () => registry.roles.list(),
    }),
    defineRoute({
      method: 'post',
      path: '/rbac/roles',
      summary: 'Create a custom role',
      tag,
      status: 201,
      body: RoleCreateSchema.superRefine((body, ctx) => knownPermissions(body, ctx)),
      wrapKey: 'role',
      handle: ({ body }) => registry.roles.create(body),
    }),
    defineRoute({
      method: 'get',
      path: '/rbac/roles/:name',
      summary: 'Get a role',
      tag,
      handle: ({ c, param }) => tagged(c, registry.roles.get(param('name'))),
    }),
    defineRoute({
      method: 'put',
      path: '/rbac/roles/:name',
      summary:
        "Update a custom role's description or permissions (built-in roles are read-only; If-Match or `version`: 409 when stale)",
      tag,
      body: RoleUpdateSchema.superRefine((body, ctx) => knownPermissions(body, ctx)),
      wrapKey: 'role',
      handle: ({ c, body, param }) =>
        tagged(c, registry.roles.update(param('name'), expecting(c, body))),
    }),
    defineRoute({
      method: 'delete',
      path: '/rbac/roles/:name',
      summary:
        'Delete a custom role and its assignments (built-in roles are read-only; If-Match: 409 VERSION_CONFLICT when stale)',
      tag,
      async handle({ c, param }) {
        const role = await registry.roles.get(param('name'))
        assertMatches(c, 'role', role, role.name)
        await registry.roles.remove(role.name)
        return { status: 'success', message: `role '${param('name')}' deleted` }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/rbac/users/:email/roles',
      summary:
        "List a user's role assignments; team admins see the assignments within the teams they manage",
      tag,
      permission: HAND_OUT,
      async handle({ param, principal }) {
        const user = await registry.users.get(param('email'))
        const assignments = await registry.roles.assignments(user.email)
        if (authorize(principal, 'admin.rbac').allowed) return assignments
        return assignments.filter((a) => a.teamId !== null && managesTeam(principal, a.teamId))
      },
    }),
    defineRoute({
      method: 'post',
      path: '/rbac/users/:email/roles',
      summary:
        'Give a user a role, globally or within a team (`teamId`); team admins give team roles in their team',
      tag,
      status: 201,
      body: RoleAssignSchema,
      permission: HAND_OUT,
      async handle(input) {
        const { body, param, principal } = input
        await assertMayHandOut(input, body.role, body.teamId ?? undefined, true)
        return registry.roles.assign(param('email'), body, { email: principal.email })
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/rbac/users/:email/roles/:role',
      summary:
        'Take a role away from a user (`?teamId=` for a team role); team admins take team roles in their team',
      tag,
      query: z.object({ teamId: z.string().min(1).max(64).optional() }),
      permission: HAND_OUT,
      async handle(input) {
        const { param, query } = input
        await assertMayHandOut(input, param('role'), query.teamId, false)
        await registry.roles.unassign(param('email'), param('role'), query.teamId ?? null)
        return {
          status: 'success',
          message: `role '${param('role')}' taken from ${param('email')}`,
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/rbac/my/permissions',
      summary: "The caller's roles and effective permissions, globally and per team",
      tag,
      handle({ principal }) {
        const grants = grantsOf(principal)
        const union = (teamId?: string) => [
          ...new Set(
            grants
              .filter((g) => g.teamId === teamId)
              .flatMap((g) => g.permissions)
              .filter((p) => principal.scopes === undefined || permits(principal.scopes, p)),
          ),
        ]
        const teamIds = [...new Set(grants.flatMap((g) => (g.teamId ? [g.teamId] : [])))]
        return {
          email: principal.email,
          isPlatformAdmin: isPlatformAdmin(principal),
          teams: principal.teams,
          roles: grants.map((g) => ({ role: g.role, teamId: g.teamId ?? null })),
          permissions: union(),
          teamPermissions: Object.fromEntries(teamIds.map((id) => [id, union(id)])),
          ...(principal.scopes && { tokenScopes: principal.scopes }),
          ...(principal.serverIds && { tokenServerIds: principal.serverIds }),
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/rbac/permissions/check',
      summary: 'May this user (default: the caller) take this action (on this entity), and why',
      tag,
      body: PermissionCheckSchema,
      audit: false,
      async handle({ body, principal, authorize: assert }) {
        const self = body.email === undefined || body.email === principal.email.toLowerCase()
        if (!self) assert('admin.rbac')
        const target = self ? principal : await principalOf(body.email ?? '')
        const entity = body.entity && (await entityOf(body.entity.kind, body.entity.id))
        const result = authorize(target, body.permission, entity)
        // The caller's own check must not reveal what it may not see: it reads as unknown.
        if (self && result.hidden && body.entity)
          throw invalidInput([
            { path: 'entity.id', message: `no ${body.entity.kind} with id '${body.entity.id}'` },
          ])
        return { allowed: result.allowed, reasons: result.reasons }
      },
    }),
  ]
}
