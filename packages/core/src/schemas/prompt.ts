import { z } from 'zod'
import {
  DisplayNameSchema,
  OwnershipInputSchema,
  TagsSchema,
  ToolNameSchema,
  type EntityBase,
  ExpectedVersionSchema,
} from './common.js'
import type { McpExtras } from './member-extras.js'

/** One declared prompt argument. */
export const PromptArgumentSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an identifier (letters, digits, _)'),
  /** MCP's `title`: a name for people to read. */
  title: DisplayNameSchema.optional(),
  description: z.string().max(4096).nullable().optional(),
  required: z.boolean().optional(),
})
export type PromptArgument = z.infer<typeof PromptArgumentSchema>

const promptFields = {
  name: ToolNameSchema,
  /** MCP's `title`: a name for people to read. */
  title: DisplayNameSchema.nullable().optional(),
  description: z.string().max(16_384).nullable().optional(),
  template: z.string().max(256 * 1024),
  arguments: z
    .array(PromptArgumentSchema)
    .max(64)
    .refine(
      (args) => new Set(args.map((a) => a.name)).size === args.length,
      'argument names must be unique',
    )
    .optional(),
  gatewayId: z.string().min(1).nullable().optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

/** Body of `POST /prompts`. */
export const PromptCreateSchema = z.object(promptFields)
export type PromptCreate = z.infer<typeof PromptCreateSchema>

/** Body of `PUT /prompts/{id}`. */
export const PromptUpdateSchema = z
  .object(promptFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
export type PromptUpdate = z.infer<typeof PromptUpdateSchema>

/** Body of `POST /prompts/{id}` (render): argument values by name. */
export const PromptRenderSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
)

/** A prompt as the API shows it; `version` grows by one on every update. */
export interface Prompt extends EntityBase {
  name: string
  originalName: string
  title: string | null
  description: string | null
  template: string
  /** Each argument as declared: `required` is left out where it was not given (MCP: not required). */
  arguments: { name: string; title?: string; description: string | null; required?: boolean }[]
  gatewayId: string | null
  version: number
  /** An upstream's MCP fields the gateway does not model, as it listed them; set by federation only. */
  mcpExtras: McpExtras | null
}

/** An earlier state of a prompt, kept on every update. */
export interface PromptRevision {
  promptId: string
  version: number
  name: string
  /** The prompt's title then; left out for a revision made before revisions kept titles. */
  title?: string | null
  description: string | null
  template: string
  arguments: Prompt['arguments']
  createdAt: string
  createdBy: string | null
}

/** A prompt version as an import restores it. */
export type PromptRevisionInput = Omit<PromptRevision, 'promptId' | 'arguments' | 'title'> & {
  arguments: PromptArgument[]
  title?: string | null | undefined
}
