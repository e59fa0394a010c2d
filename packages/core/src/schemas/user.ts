import { z } from 'zod'
import { ExpectedVersionSchema } from './common.js'

/** An e-mail address, lower-cased. */
export const EmailSchema = z
  .email('must be an e-mail address')
  .max(254, 'must be at most 254 characters (RFC 5321)')
  .refine((email) => email.lastIndexOf('@') <= 64, {
    error: 'must have at most 64 characters before the @ (RFC 5321)',
  })
  .toLowerCase()

/** Body of `POST /users`. */
export const UserCreateSchema = z.object({
  email: EmailSchema,
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  fullName: z.string().trim().min(1).max(255).nullable().optional(),
  isAdmin: z.boolean().optional(),
})
export type UserCreate = z.infer<typeof UserCreateSchema>

/** Body of `PUT /users/{email}`. */
export const UserUpdateSchema = z
  .object({
    password: UserCreateSchema.shape.password,
    fullName: UserCreateSchema.shape.fullName,
    isAdmin: z.boolean(),
    isActive: z.boolean(),
    version: ExpectedVersionSchema,
  })
  .partial()
export type UserUpdate = z.infer<typeof UserUpdateSchema>

/** Body of `POST /auth/login`. */
export const LoginSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(1024) })

/** A user as the API shows it (never the password hash). */
export interface User {
  email: string
  fullName: string | null
  isAdmin: boolean
  isActive: boolean
  createdAt: string
  updatedAt: string
  /** When the password last changed (session JWTs issued before are refused); null if never. */
  passwordChangedAt: string | null
  /** Grows by one on every update; send it back (`If-Match` or `version`) to refuse a stale write. */
  version: number
}

/** Body of `POST /auth/password`: the current password and the new one. */
export const PasswordChangeSchema = z.object({
  currentPassword: LoginSchema.shape.password,
  newPassword: UserCreateSchema.shape.password,
})
