import { z } from 'zod'
import { PermissionSchema } from './api-token.js'
import { HttpUrlSchema } from './common.js'

/** An OAuth scope token (RFC 6749 section 3.3: printable ASCII without space, `"` or `\`). */
export const OAuthScopeSchema = z
  .string()
  .min(1, 'a scope must not be empty')
  .max(256)
  .regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'a scope may not hold spaces, quotes or backslashes')

/**
 * A virtual server as an OAuth 2.1 resource server: access tokens from `issuer`, checked against
 * its JWKS (`jwksUri`, else discovered) and `audience` (default: the server's MCP URL).
 */
export const ServerOAuthSchema = z
  .object({
    enabled: z.boolean().default(true),
    issuer: HttpUrlSchema,
    jwksUri: HttpUrlSchema.optional(),
    audience: z.string().min(1).max(2048).optional(),
    scopesSupported: z.array(OAuthScopeSchema).max(100).optional(),
    scopeMap: z
      .record(OAuthScopeSchema, z.array(PermissionSchema).min(1).max(50))
      .refine((map) => Object.keys(map).length <= 100, 'at most 100 scopes in scopeMap')
      .optional(),
    requiredScopes: z.array(OAuthScopeSchema).max(20).optional(),
  })
  .strict()
export type ServerOAuth = z.infer<typeof ServerOAuthSchema>
