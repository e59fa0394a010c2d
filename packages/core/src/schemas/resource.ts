import { z } from 'zod'
import {
  DisplayNameSchema,
  OwnershipInputSchema,
  TagsSchema,
  type EntityBase,
  ExpectedVersionSchema,
} from './common.js'
import type { McpExtras } from './member-extras.js'

const UriSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(
    /^[A-Za-z][A-Za-z0-9+.-]*:/,
    'must be an absolute URI with a scheme, such as file:///notes.txt',
  )

const Base64Schema = z
  .string()
  .max(16 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

const resourceFields = {
  uri: UriSchema.nullable().optional(),
  uriTemplate: z.string().min(1).max(4096).nullable().optional(),
  name: DisplayNameSchema,
  /** MCP's `title`: a name for people to read. */
  title: DisplayNameSchema.nullable().optional(),
  description: z.string().max(16_384).nullable().optional(),
  mimeType: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, 'must be a MIME type such as text/plain')
    .nullable()
    .optional(),
  content: z
    .string()
    .max(16 * 1024 * 1024)
    .nullable()
    .optional(),
  blob: Base64Schema.nullable().optional(),
  gatewayId: z.string().min(1).nullable().optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

type Address = { uri?: string | null | undefined; uriTemplate?: string | null | undefined }
type Content = { content?: string | null | undefined; blob?: string | null | undefined }

function checkOneAddress(value: Address, ctx: z.RefinementCtx): void {
  if (!value.uri === !value.uriTemplate) {
    ctx.addIssue({
      code: 'custom',
      path: ['uri'],
      message: 'give exactly one of uri or uriTemplate',
    })
  }
}

function checkOneContent(value: Content, ctx: z.RefinementCtx): void {
  if (value.content != null && value.blob != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['blob'],
      message: 'give content (text) or blob (base64), not both',
    })
  }
}

/** Body of `POST /resources`. */
export const ResourceCreateSchema = z.object(resourceFields).superRefine((value, ctx) => {
  checkOneAddress(value, ctx)
  checkOneContent(value, ctx)
})
export type ResourceCreate = z.infer<typeof ResourceCreateSchema>

/** Body of `PUT /resources/{id}`; the service checks the address it leaves (`ResourceAddressSchema`). */
export const ResourceUpdateSchema = z
  .object(resourceFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
  .superRefine(checkOneContent)
export type ResourceUpdate = z.infer<typeof ResourceUpdateSchema>

/** A resource's address as an update leaves it: exactly one of uri or uriTemplate. */
export const ResourceAddressSchema = z
  .object({ uri: z.string().nullable(), uriTemplate: z.string().nullable() })
  .superRefine(checkOneAddress)

/** A resource (or resource template) as the API shows it. */
export interface Resource extends EntityBase {
  uri: string | null
  uriTemplate: string | null
  name: string
  title: string | null
  description: string | null
  mimeType: string | null
  /** Bytes of content, if known: the content kept here, measured, or a federated one's upstream size. */
  size: number | null
  text: string | null
  blob: string | null
  gatewayId: string | null
  /** An upstream's MCP fields the gateway does not model, as it listed them; set by federation only. */
  mcpExtras: McpExtras | null
}
