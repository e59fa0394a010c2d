import { z } from 'zod'

/** Body of `POST /roots`: a filesystem or URI root offered to upstreams. */
export const RootCreateSchema = z.object({
  uri: z
    .string()
    .min(1)
    .max(4096)
    .regex(/^[A-Za-z][A-Za-z0-9+.-]*:/, 'must be an absolute URI, such as file:///home/me/project'),
  name: z.string().trim().min(1).max(255).nullable().optional(),
})
export type RootCreate = z.infer<typeof RootCreateSchema>

/** Body of `PUT /roots/{id}`. */
export const RootUpdateSchema = RootCreateSchema.partial()
export type RootUpdate = z.infer<typeof RootUpdateSchema>

/** A root as the API shows it. */
export interface Root {
  id: string
  uri: string
  name: string | null
  createdAt: string
  updatedAt: string
}
