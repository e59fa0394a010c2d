import { z } from 'zod'
import { PermissionSchema } from './api-token.js'
import { ExpectedVersionSchema } from './common.js'

/** A role name: lower-case letters, digits and underscores. */
export const RoleNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, 'may hold lower-case letters, digits and _')

/** Body of `POST /rbac/roles`. */
export const RoleCreateSchema = z.object({
  name: RoleNameSchema,
  description: z.string().max(2048).nullable().optional(),
  permissions: z.array(PermissionSchema).max(200),
  scope: z.enum(['global', 'team']).default('global'),
})
export type RoleCreate = z.infer<typeof RoleCreateSchema>

/**
 * Body of `PUT /rbac/roles/{name}`: a description or permissions. `name` and `scope` may be sent
 * as they are (a role read and sent back), never changed.
 */
export const RoleUpdateSchema = RoleCreateSchema.partial()
  .extend({ scope: z.enum(['global', 'team']).optional() })
  .extend({ version: ExpectedVersionSchema.optional() })
export type RoleUpdate = z.infer<typeof RoleUpdateSchema>

/** Body of `POST /rbac/users/{email}/roles`: a global role, or a team role with `teamId`. */
export const RoleAssignSchema = z.object({
  role: RoleNameSchema,
  teamId: z.string().min(1).max(64).nullable().optional(),
})
export type RoleAssign = z.infer<typeof RoleAssignSchema>

/** A role as the API shows it. */
export interface Role {
  name: string
  description: string | null
  permissions: string[]
  scope: 'global' | 'team'
  isBuiltIn: boolean
  createdAt: string
  updatedAt: string
  /** Grows by one on every update; send it back (`If-Match` or `version`) to refuse a stale write. */
  version: number
}

/** A role given to a user, globally (`teamId` null) or within a team. */
export interface RoleAssignment {
  email: string
  role: string
  teamId: string | null
  grantedBy: string | null
  createdAt: string
}

/** What a user holds, read in one query for authentication: memberships and roles with permissions. */
export interface UserAccess {
  teams: { teamId: string; role: 'owner' | 'member' }[]
  roles: { role: string; permissions: string[]; teamId: string | null }[]
}
