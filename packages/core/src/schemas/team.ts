import { z } from 'zod'
import { DisplayNameSchema, ExpectedVersionSchema } from './common.js'
import { EmailSchema } from './user.js'

/** A team member's role in the team: owners manage it. */
export const TeamMemberRoleSchema = z.enum(['owner', 'member'])
export type TeamMemberRole = z.infer<typeof TeamMemberRoleSchema>

/** A URL-safe team slug: lower-case letters, digits and dashes. */
export const TeamSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'may hold lower-case letters, digits and -')

/** Body of `POST /teams`; the slug defaults to one made from the name. */
export const TeamCreateSchema = z.object({
  name: DisplayNameSchema,
  slug: TeamSlugSchema.optional(),
  description: z.string().max(2048).nullable().optional(),
})
export type TeamCreate = z.infer<typeof TeamCreateSchema>

/** Body of `PUT /teams/{id}`. */
export const TeamUpdateSchema = TeamCreateSchema.partial().extend({
  version: ExpectedVersionSchema.optional(),
})
export type TeamUpdate = z.infer<typeof TeamUpdateSchema>

/** Body of `POST /teams/{id}/members`. */
export const TeamMemberAddSchema = z.object({
  email: EmailSchema,
  role: TeamMemberRoleSchema.default('member'),
})
export type TeamMemberAdd = z.infer<typeof TeamMemberAddSchema>

/** Body of `PUT /teams/{id}/members/{email}`. */
export const TeamMemberUpdateSchema = z.object({ role: TeamMemberRoleSchema })

/** A team as the API shows it. */
export interface Team {
  id: string
  slug: string
  name: string
  description: string | null
  isPersonal: boolean
  createdBy: string | null
  createdAt: string
  updatedAt: string
  /** Grows by one on every update; send it back (`If-Match` or `version`) to refuse a stale write. */
  version: number
}

/** A member of a team. */
export interface TeamMember {
  teamId: string
  email: string
  role: TeamMemberRole
  joinedAt: string
}
