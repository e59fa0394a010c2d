import { z } from 'zod'
import {
  DisplayNameSchema,
  OwnershipInputSchema,
  PassthroughHeadersSchema,
  TagsSchema,
  GatewayAuthSchema,
  type EntityBase,
  type MaskedAuth,
  ExpectedVersionSchema,
} from './common.js'

/** How Switchyard reaches an upstream MCP server. */
export const GatewayTransportSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.toLowerCase().replaceAll(/[_ ]/g, '') : value),
  z.enum(['streamablehttp', 'sse', 'websocket', 'stdio']),
)
export type GatewayTransport = z.infer<typeof GatewayTransportSchema>

/** Lifecycle of an upstream: saved, discovered, or not answering. */
export const GatewayStatusSchema = z.enum(['pending', 'active', 'unreachable'])
export type GatewayStatus = z.infer<typeof GatewayStatusSchema>

const UpstreamUrlSchema = z
  .string()
  .max(2048, 'must be at most 2048 characters')
  .pipe(
    z.url({ protocol: /^(https?|wss?)$/, error: 'must be an absolute http(s):// or ws(s):// URL' }),
  )

/** Text a child process is started with: the system ends each such string at a NUL character. */
const processText = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\0]*$/, 'must not contain a NUL character')

/**
 * A stdio upstream's environment. Linux takes at most 128 KiB for one `NAME=value` string
 * (MAX_ARG_STRLEN); a value of 32 Ki characters stays under it even as 3-byte UTF-8.
 */
const EnvSchema = z
  .record(
    z
      .string()
      .max(256)
      .regex(
        /^[A-Za-z_][A-Za-z0-9_]*$/,
        'is not a variable name: letters, digits and _, not starting with a digit',
      ),
    processText(32_768),
  )
  .refine((env) => Object.keys(env).length <= 256, 'must have at most 256 variables')

/**
 * The most bytes a stdio upstream's command, arguments and environment may take together. Linux
 * refuses to start a process whose argv and environment pass about 2 MiB (a quarter of the
 * stack limit), and the child also gets the gateway's default variables.
 */
export const MAX_PROCESS_BYTES = 1024 * 1024

const utf8 = new TextEncoder()

/** The bytes of a child's argv and environment as the kernel counts them: each string and its NUL. */
function processBytes(
  command: string | null | undefined,
  args: readonly string[] | undefined,
  env: Readonly<Record<string, string>> | undefined,
): number {
  const strings = [command ?? '', ...(args ?? [])]
  for (const [name, value] of Object.entries(env ?? {})) strings.push(`${name}=${value}`)
  return strings.reduce((sum, text) => sum + utf8.encode(text).length + 1, 0)
}

/** Refuses a stdio upstream whose argv and environment are too large together to start. */
function checkProcessSize(
  value: {
    command?: string | null | undefined
    args?: readonly string[] | undefined
    env?: Readonly<Record<string, string>> | undefined
  },
  ctx: z.RefinementCtx,
): void {
  const bytes = processBytes(value.command, value.args, value.env)
  if (bytes <= MAX_PROCESS_BYTES) return
  ctx.addIssue({
    code: 'custom',
    path: [value.env && Object.keys(value.env).length > 0 ? 'env' : 'args'],
    message: `command, args and env are too large together: ${bytes} bytes, at most ${MAX_PROCESS_BYTES} (1 MiB)`,
  })
}

const gatewayFields = {
  name: DisplayNameSchema,
  description: z.string().max(4096).nullable().optional(),
  url: UpstreamUrlSchema.nullable().optional(),
  transport: GatewayTransportSchema.optional(),
  command: processText(1024).min(1).nullable().optional(),
  args: z.array(processText(4096)).max(256, 'must be at most 256 arguments').optional(),
  env: EnvSchema.optional(),
  cwd: processText(1024).nullable().optional(),
  auth: GatewayAuthSchema.optional(),
  passthroughHeaders: PassthroughHeadersSchema.optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

function checkTarget(
  value: {
    url?: string | null | undefined
    command?: string | null | undefined
    transport?: GatewayTransport | undefined
  },
  ctx: z.RefinementCtx,
): void {
  const transport = value.transport ?? (value.command ? 'stdio' : 'streamablehttp')
  if (transport === 'stdio' && !value.command) {
    ctx.addIssue({ code: 'custom', path: ['command'], message: 'a stdio gateway needs a command' })
  }
  if (transport !== 'stdio' && !value.url) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: `a ${transport} gateway needs a url` })
  }
  if (transport === 'websocket' && value.url && !/^wss?:/.test(value.url)) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: 'a websocket gateway needs a ws:// or wss:// url',
    })
  }
  if (
    (transport === 'streamablehttp' || transport === 'sse') &&
    value.url &&
    !/^https?:/.test(value.url)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: `a ${transport} gateway needs an http(s):// url`,
    })
  }
}

/** Body of `POST /gateways`. */
export const GatewayCreateSchema = z
  .object(gatewayFields)
  .superRefine(checkTarget)
  .superRefine(checkProcessSize)
export type GatewayCreate = z.infer<typeof GatewayCreateSchema>

/** Body of `PUT /gateways/{id}`: any subset of the create fields. */
export const GatewayUpdateSchema = z
  .object(gatewayFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
export type GatewayUpdate = z.infer<typeof GatewayUpdateSchema>

/** Checks an upstream's target and process after an update has been merged into the stored record. */
export const GatewayTargetSchema = z
  .object({
    url: gatewayFields.url,
    command: gatewayFields.command,
    transport: gatewayFields.transport,
    args: gatewayFields.args,
    env: gatewayFields.env,
  })
  .superRefine(checkTarget)
  .superRefine(checkProcessSize)

/** An upstream MCP server as the API shows it (credentials masked). */
export interface Gateway extends EntityBase {
  name: string
  slug: string
  description: string | null
  url: string | null
  transport: GatewayTransport
  command: string | null
  args: string[]
  envKeys: string[]
  cwd: string | null
  auth: MaskedAuth
  passthroughHeaders: string[]
  status: GatewayStatus
  statusReason: string | null
  lastSeenAt: string | null
  capabilities: Record<string, unknown>
}
