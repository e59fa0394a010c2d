import { z } from 'zod'
import { isCidr } from '../ip-ranges.js'
import { RateLimitSchema, type RateLimit } from './common.js'

/** A permission such as `tools.read`, `admin.*`, `*.read` or `*`. */
export const PermissionSchema = z
  .string()
  .trim()
  .regex(
    /^(\*|([a-z][a-z0-9_]*|\*)\.(\*|[a-z][a-z0-9_]*))$/,
    'must look like tools.read, admin.*, *.read or *',
  )

/** What an API token may reach; an absent list leaves that dimension to the owner's rights. */
export const TokenScopeSchema = z.strictObject({
  serverIds: z.array(z.string().trim().min(1).max(64)).min(1).max(100).optional(),
  permissions: z.array(PermissionSchema).min(1).max(50).optional(),
  ipRanges: z
    .array(z.string().trim().refine(isCidr, 'must be a CIDR range such as 10.0.0.0/8'))
    .min(1)
    .max(50)
    .optional(),
})
export type TokenScope = z.infer<typeof TokenScopeSchema>

/** Body of `POST /tokens`: a name, an optional expiry (days from now or a moment) and a scope. */
export const TokenCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    scope: TokenScopeSchema.optional(),
    /** The token's own budget, spent by every request it makes (on top of any per-principal one). */
    rateLimit: RateLimitSchema.nullable().optional(),
  })
  .refine((body) => body.expiresInDays === undefined || body.expiresAt === undefined, {
    message: 'give expiresInDays or expiresAt, not both',
    path: ['expiresAt'],
  })
  .refine((body) => body.expiresAt === undefined || Date.parse(body.expiresAt) > Date.now(), {
    message: 'must be in the future',
    path: ['expiresAt'],
  })
export type TokenCreate = z.infer<typeof TokenCreateSchema>

/** A token's scope and expiry are fixed when it is made: an update naming them is refused. */
const fixedAtCreation = z
  .undefined({ error: 'cannot be changed once the token exists: create a new token' })
  .optional()
  .describe('Fixed when the token is made: an update naming it is refused.')

/** Body of `PUT|PATCH /tokens/{id}`: a new name, or a new budget (null: none). */
export const TokenUpdateSchema = z.object({
  name: z.string().trim().min(1).max(255).optional(),
  rateLimit: RateLimitSchema.nullable().optional(),
  scope: fixedAtCreation,
  expiresAt: fixedAtCreation,
  expiresInDays: fixedAtCreation,
})
export type TokenUpdate = z.infer<typeof TokenUpdateSchema>

/** An API token as the API shows it (never its text or hash). */
export interface ApiToken {
  id: string
  jti: string
  name: string
  ownerEmail: string
  scope: TokenScope
  rateLimit: RateLimit | null
  expiresAt: string | null
  createdAt: string
  lastUsedAt: string | null
  usageCount: number
  revokedAt: string | null
}
