import { createPrivateKey } from 'node:crypto'
import { z } from 'zod'
import { toolNameProblem } from '../names.js'

/** Who may see an entity: only its owner, its team, or everyone. */
export const VisibilitySchema = z.enum(['private', 'team', 'public'])
export type Visibility = z.infer<typeof VisibilitySchema>

/** A tag: a trimmed, lower-cased label. */
export const TagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'tag must not be empty')
  .max(64, 'tag must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9_.:/ -]*$/, 'tag may hold letters, digits, _ . : / - and spaces')

/** Tags: trimmed, lower-cased, de-duplicated labels. */
export const TagsSchema = z
  .array(TagSchema)
  .max(50, 'at most 50 tags')
  .transform((tags) => [...new Set(tags)])

/** A request budget: at most `requests` calls per `windowSeconds`. */
export const RateLimitSchema = z.object({
  requests: z.number().int().positive(),
  windowSeconds: z.number().int().positive().max(86_400),
})
export type RateLimit = z.infer<typeof RateLimitSchema>

/** A concurrency cap: most calls in flight at once. */
export const MaxConcurrencySchema = z.number().int().positive().max(10_000)

/** A name that follows the MCP tool-name rules. */
export const ToolNameSchema = z.string().superRefine((name, ctx) => {
  const problem = toolNameProblem(name)
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
})

/** A display name: free text, but bounded. */
export const DisplayNameSchema = z.string().trim().min(1).max(255)

/** An absolute http(s) URL. */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
  .max(2048)

/** An HTTP header name (an RFC 9110 token). */
export const HeaderNameSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'not a valid header name')

/** A JSON object of string header values. */
export const HeadersSchema = z.record(HeaderNameSchema, z.string().max(8192))

/** Header names that carry credentials (`Authorization`, `X-API-Key`, `X-Auth-Token`, ...). */
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie)$|(^|[-_])(api[-_]?key|token|secret|password|passwd)($|[-_])/i

/**
 * Headers sent on every call as they are, stored and shown in clear: never a credential, whose
 * place is a sealed `auth` of type `headers`.
 */
export const StaticHeadersSchema = HeadersSchema.superRefine((headers, ctx) => {
  for (const name of Object.keys(headers))
    if (CREDENTIAL_HEADER.test(name))
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message:
          'carries a credential, which static headers keep in clear: give it as auth {"type": "headers", "headers": {...}}, sealed at rest and never shown',
      })
})

/** Headers that carry a caller's credentials for the gateway itself. */
const GATEWAY_CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization'])
/** Headers that frame the caller's own connection and request. */
const HOP_BY_HOP = new Set([
  'connection',
  'content-length',
  'host',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

/** Whether a header frames the connection or the request (the gateway's own to set). */
export const isHopByHop = (name: string): boolean => HOP_BY_HOP.has(name.toLowerCase())

/**
 * Caller headers an integration forwards upstream; `X-Upstream-Authorization` travels as
 * `Authorization`. Refused: the headers with the caller's credentials for the gateway (forwarding
 * them would hand every caller's gateway token to whoever runs the upstream) and those that frame
 * the caller's own connection.
 */
export const PassthroughHeadersSchema = z
  .array(
    HeaderNameSchema.superRefine((name, ctx) => {
      const lower = name.toLowerCase()
      if (GATEWAY_CREDENTIALS.has(lower))
        ctx.addIssue({
          code: 'custom',
          message: `${name} carries the caller's credentials for the gateway and is never forwarded; callers send upstream credentials as X-Upstream-Authorization`,
        })
      else if (HOP_BY_HOP.has(lower))
        ctx.addIssue({
          code: 'custom',
          message: `${name} belongs to the caller's own connection and is never forwarded`,
        })
    }),
  )
  .max(64)

/** A JSON Schema object (only its top-level shape is checked here). */
export const JsonSchemaObjectSchema = z
  .record(z.string(), z.unknown())
  .refine(
    (schema) => schema.type === undefined || schema.type === 'object',
    'an input schema must describe an object (type: "object")',
  )

/** The version an update expects (optimistic concurrency): 409 VERSION_CONFLICT when it is stale. */
export const ExpectedVersionSchema = z.number().int().positive()

/** Ownership fields a create or update may set. */
export const OwnershipInputSchema = z.object({
  team: z.string().min(1).max(255).nullable().optional(),
  visibility: VisibilitySchema.optional(),
})

/** Ownership fields every entity carries. */
export interface Ownership {
  owner: string | null
  team: string | null
  visibility: Visibility
}

/** Fields every stored entity carries. */
export interface EntityBase extends Ownership {
  id: string
  tags: string[]
  enabled: boolean
  createdAt: string
  updatedAt: string
  /** Grows by one on every update; send it back (`If-Match` or `version`) to refuse a stale write. */
  version: number
}

/** Credentials Switchyard presents to an upstream; secrets are sealed at rest. */
export const UpstreamAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('basic'), username: z.string().min(1), password: z.string() }),
  z.object({ type: z.literal('bearer'), token: z.string().min(1) }),
  z.object({ type: z.literal('headers'), headers: HeadersSchema }),
])
export type UpstreamAuth = z.infer<typeof UpstreamAuthSchema>

/** OAuth 2.0 client credentials: a token fetched from `tokenUrl`, cached until it expires. */
export const OAuth2ClientCredentialsSchema = z.object({
  type: z.literal('oauth2'),
  tokenUrl: HttpUrlSchema,
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scope: z.string().min(1).optional(),
  audience: z.string().min(1).optional(),
})
export type OAuth2ClientCredentials = z.infer<typeof OAuth2ClientCredentialsSchema>

/** Credentials a REST tool presents: those of an upstream, or OAuth 2.0 client credentials. */
export const ToolAuthSchema = z.discriminatedUnion('type', [
  ...UpstreamAuthSchema.options,
  OAuth2ClientCredentialsSchema,
])
export type ToolAuth = z.infer<typeof ToolAuthSchema>

/**
 * OAuth 2.0 authorization code + PKCE: a user authorizes at `/oauth/authorize/{gatewayId}`; the
 * authorization server is discovered from the upstream (RFC 9728) unless given; without `clientId`
 * the gateway registers itself (client ID metadata document or dynamic registration).
 */
export const OAuth2CodeSchema = z.object({
  type: z.literal('oauth2-code'),
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  scopes: z.array(z.string().min(1).max(256)).max(64).optional(),
  authorizationServer: HttpUrlSchema.optional(),
  /** Each user authorizes for themselves, and calls use that user's token. */
  perUser: z.boolean().optional(),
})
export type OAuth2Code = z.infer<typeof OAuth2CodeSchema>

/** The JWS algorithms a private key may sign a client assertion with: asymmetric ones. */
const SigningAlgorithmSchema = z
  .string()
  .regex(
    /^((RS|PS|ES)(256|384|512)|EdDSA)$/,
    'an asymmetric JWS algorithm: RS, PS or ES with 256, 384 or 512, or EdDSA',
  )

/**
 * The gateway as an OAuth client on its own behalf at an MCP upstream (the MCP extensions
 * oauth-client-credentials and workload identity federation): it gets its own tokens, with no user,
 * from the authorization server discovered from the upstream (RFC 9728, RFC 8414) unless given,
 * by the client credentials grant with its secret (client_secret_basic) or an assertion its private
 * key signs (private_key_jwt, RFC 7523), or by the JWT bearer grant with the deployment's workload
 * identity token (`workloadIdentity`: the file OAUTH_WORKLOAD_TOKEN_FILE names).
 */
export const OAuth2ClientSchema = z
  .object({
    type: z.literal('oauth2-client'),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1).optional(),
    /** A PKCS#8 PEM private key, in place of `clientSecret`. */
    privateKey: z.string().min(1).max(16_384).optional(),
    signingAlgorithm: SigningAlgorithmSchema.optional(),
    /** Trade the deployment's workload identity token for access tokens (the JWT bearer grant). */
    workloadIdentity: z.literal(true).optional(),
    /**
     * With `workloadIdentity`: the token is an ID token of an enterprise identity provider, traded
     * there first for an ID-JAG (RFC 8693; SEP-990, enterprise-managed authorization).
     */
    identityExchange: z
      .object({
        tokenEndpoint: HttpUrlSchema,
        clientId: z.string().min(1),
        clientSecret: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    scopes: z.array(z.string().min(1).max(256)).max(64).optional(),
    authorizationServer: HttpUrlSchema.optional(),
  })
  .superRefine((auth, ctx) => {
    if (auth.clientSecret !== undefined && auth.privateKey !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'give clientSecret or privateKey, not both: they are two ways to authenticate',
      })
    if (
      auth.clientSecret === undefined &&
      auth.privateKey === undefined &&
      auth.workloadIdentity === undefined
    )
      ctx.addIssue({
        code: 'custom',
        message: 'give one of clientSecret, privateKey or workloadIdentity',
      })
    if (auth.identityExchange !== undefined && auth.workloadIdentity === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['identityExchange'],
        message: 'identityExchange trades the workload identity token: it needs workloadIdentity',
      })
    if (auth.privateKey !== undefined && !isPrivateKey(auth.privateKey))
      ctx.addIssue({
        code: 'custom',
        path: ['privateKey'],
        message: 'privateKey must be a private key in PEM form (-----BEGIN PRIVATE KEY-----)',
      })
    if (auth.workloadIdentity === true && auth.authorizationServer === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['authorizationServer'],
        message:
          'workloadIdentity needs authorizationServer: the deployment identity goes only to an authorization server named here, never to one an upstream points at',
      })
    if (auth.signingAlgorithm !== undefined && auth.privateKey === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['signingAlgorithm'],
        message: 'signingAlgorithm goes with privateKey',
      })
  })
export type OAuth2Client = z.infer<typeof OAuth2ClientSchema>

function isPrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).type === 'private'
  } catch {
    return false
  }
}

/** Credentials an MCP upstream takes: static ones, OAuth client credentials, or authorization code. */
export const GatewayAuthSchema = z.discriminatedUnion('type', [
  ...UpstreamAuthSchema.options,
  OAuth2ClientCredentialsSchema,
  OAuth2CodeSchema,
  OAuth2ClientSchema,
])
export type GatewayAuth = z.infer<typeof GatewayAuthSchema>

/** What an answer shows in place of a secret. */
export const SECRET_MASK = '*****'
type Mask = typeof SECRET_MASK

/** What an API response shows of upstream credentials: the kind and non-secret parts only. */
export type MaskedAuth =
  | { type: 'none' }
  | { type: 'basic'; username: string; password: Mask }
  | { type: 'bearer'; token: Mask }
  | { type: 'headers'; headers: Record<string, Mask> }
  | (Omit<OAuth2ClientCredentials, 'clientSecret'> & { clientSecret: Mask })
  | (Omit<OAuth2Code, 'clientSecret'> & { clientSecret?: Mask })
  | (Omit<OAuth2Client, 'clientSecret' | 'privateKey' | 'identityExchange'> & {
      clientSecret?: Mask
      privateKey?: Mask
      identityExchange?: { tokenEndpoint: string; clientId: string; clientSecret?: Mask }
    })

/** Replaces every secret in upstream credentials with a mask. */
export function maskAuth(auth: ToolAuth | GatewayAuth): MaskedAuth {
  switch (auth.type) {
    case 'none':
      return auth
    case 'basic':
      return { type: 'basic', username: auth.username, password: SECRET_MASK }
    case 'bearer':
      return { type: 'bearer', token: SECRET_MASK }
    case 'headers':
      return {
        type: 'headers',
        headers: Object.fromEntries(Object.keys(auth.headers).map((k) => [k, SECRET_MASK])),
      }
    case 'oauth2':
      return { ...auth, clientSecret: SECRET_MASK }
    case 'oauth2-code': {
      const { clientSecret, ...rest } = auth
      return clientSecret === undefined ? rest : { ...rest, clientSecret: SECRET_MASK }
    }
    case 'oauth2-client': {
      const { clientSecret, privateKey, identityExchange, ...rest } = auth
      return {
        ...rest,
        ...(clientSecret !== undefined && { clientSecret: SECRET_MASK }),
        ...(privateKey !== undefined && { privateKey: SECRET_MASK }),
        ...(identityExchange && {
          identityExchange: {
            tokenEndpoint: identityExchange.tokenEndpoint,
            clientId: identityExchange.clientId,
            ...(identityExchange.clientSecret !== undefined && { clientSecret: SECRET_MASK }),
          },
        }),
      }
    }
  }
}
