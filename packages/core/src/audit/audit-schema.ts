import { z } from 'zod'

/** Whether an audited request went through or was refused. */
export const AuditOutcomeSchema = z.enum(['success', 'denied'])
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>

/** One audit record as written: who did what to which entity, through which request. */
export interface AuditEntry {
  /** When the request was answered (ISO time). */
  at: string
  /** The caller's email; null when the request carried no usable credentials. */
  principal: string | null
  /** The API token behind the request, when it came with one. */
  tokenId: string | null
  /** `entity.verb` such as `gateway.create`, `user.delete`, `server.state` or `mcp.access`. */
  action: string
  entityKind: string | null
  entityId: string | null
  method: string
  path: string
  outcome: AuditOutcome
  status: number
  /** Why a request was denied; null for a success. */
  reason: string | null
  clientAddress: string | null
  requestId: string | null
}

/** A stored audit record. */
export interface AuditRecord extends AuditEntry {
  id: string
}

// Stored times are UTC ISO strings, so a filter time is brought to the same form to compare as text.
const IsoTimeSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString())

/** Filters and paging of `GET /audit`. */
export const AuditQuerySchema = z.object({
  /** Records at or after this time. */
  since: IsoTimeSchema.optional(),
  /** Records before this time. */
  until: IsoTimeSchema.optional(),
  principal: z.string().max(320).optional(),
  action: z.string().max(128).optional(),
  outcome: AuditOutcomeSchema.optional(),
  /** An entity kind (`gateway`), or a kind and id (`gateway:3f2a...`). */
  entity: z.string().max(256).optional(),
  cursor: z.string().max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
})
export type AuditQuery = z.infer<typeof AuditQuerySchema>
