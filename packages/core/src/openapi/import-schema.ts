import { z } from 'zod'
import {
  DisplayNameSchema,
  HttpUrlSchema,
  OwnershipInputSchema,
  ToolAuthSchema,
} from '../schemas/common.js'
import { RequestTypeSchema } from '../schemas/tool.js'

/** Body of `POST /tools/openapi`: a document (inline or by URL) and how to import it. */
export const OpenApiImportSchema = z
  .object({
    /** The document: an object, or its JSON or YAML text. */
    spec: z.union([z.record(z.string(), z.unknown()), z.string().min(1)]).optional(),
    /** Where to fetch the document instead. */
    url: HttpUrlSchema.optional(),
    /** Names the import (default: the document's info.title); a later import of it updates its tools. */
    source: z.string().trim().min(1).max(255).optional(),
    /** Overrides the document's servers. */
    baseUrl: HttpUrlSchema.optional(),
    tags: z.array(z.string().trim().min(1).max(255)).min(1).max(100).optional(),
    paths: z
      .array(z.string().startsWith('/', 'must start with /').max(2048))
      .min(1)
      .max(100)
      .optional(),
    methods: z.array(RequestTypeSchema).min(1).max(5).optional(),
    /** Also create (or extend) the virtual server of this name with the imported tools. */
    serverName: DisplayNameSchema.optional(),
    /** Credentials every imported tool presents. */
    auth: ToolAuthSchema.optional(),
    ...OwnershipInputSchema.shape,
  })
  .superRefine((value, ctx) => {
    if ((value.spec === undefined) === (value.url === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['spec'],
        message: 'give the document as spec, or its url (one of them)',
      })
    }
  })
export type OpenApiImport = z.infer<typeof OpenApiImportSchema>
