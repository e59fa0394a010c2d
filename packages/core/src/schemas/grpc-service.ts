import { z } from 'zod'
import {
  DisplayNameSchema,
  OwnershipInputSchema,
  PassthroughHeadersSchema,
  TagsSchema,
  type EntityBase,
  ExpectedVersionSchema,
} from './common.js'

const TARGET_PATTERN = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/

/** Whether a gRPC target is `host:port` (a name or an IP, IPv6 in brackets) that parses, port 1-65535. */
export function isGrpcTarget(target: string): boolean {
  const port = Number(TARGET_PATTERN.exec(target)?.[2])
  return port >= 1 && port <= 65_535 && URL.canParse(`http://${target}`)
}

const TargetSchema = z
  .string()
  .max(512)
  .refine(isGrpcTarget, 'must be host:port with a port of 1-65535, such as localhost:50051')

/** PEM text; whether its blocks load is checked when the gateway connects. */
const Pem = z
  .string()
  .min(1)
  .max(65_536)
  .regex(/-----BEGIN [A-Z0-9 ]+-----/, 'must be PEM text (-----BEGIN ...-----)')

/** TLS to a gRPC server: CA, client certificate and key (mTLS) as PEM, expected server name. */
export const GrpcTlsSchema = z.object({
  ca: Pem.optional(),
  cert: Pem.optional(),
  key: Pem.optional(),
  serverName: z.string().min(1).max(253).optional(),
})
export type GrpcTls = z.infer<typeof GrpcTlsSchema>

const MetadataSchema = z.record(
  z.string().regex(/^[a-z0-9_.-]+$/i, 'metadata keys are letters, digits, _ . and -'),
  z.string().max(8192),
)

const grpcFields = {
  name: DisplayNameSchema,
  description: z.string().max(4096).nullable().optional(),
  target: TargetSchema,
  /** ContextForge's switch; discovery is by reflection only, so it must stay true. */
  reflectionEnabled: z
    .literal(true, { error: 'only discovery through server reflection is supported' })
    .optional(),
  tlsEnabled: z.boolean().optional(),
  tls: GrpcTlsSchema.nullable().optional(),
  metadata: MetadataSchema.optional(),
  /** ContextForge's name for `metadata`. */
  grpcMetadata: MetadataSchema.optional(),
  passthroughHeaders: PassthroughHeadersSchema.optional(),
  timeoutMs: z.number().int().min(100).max(600_000).nullable().optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

function checkTls(value: { tls?: GrpcTls | null | undefined }, ctx: z.RefinementCtx): void {
  if (value.tls && Boolean(value.tls.cert) !== Boolean(value.tls.key))
    ctx.addIssue({
      code: 'custom',
      path: ['tls'],
      message: 'tls.cert and tls.key go together (mTLS)',
    })
}

/** Body of `POST /grpc`. */
export const GrpcServiceCreateSchema = z.object(grpcFields).superRefine(checkTls)
export type GrpcServiceCreate = z.infer<typeof GrpcServiceCreateSchema>

/** Body of `PUT /grpc/{id}`. */
export const GrpcServiceUpdateSchema = z
  .object(grpcFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
  .superRefine(checkTls)
export type GrpcServiceUpdate = z.infer<typeof GrpcServiceUpdateSchema>

/** Where discovery stands for a gRPC service: answering at the last reflection, or not. */
export type GrpcServiceStatus = 'active' | 'unreachable'

/** A gRPC service as the API shows it; TLS material and metadata values never leave the store. */
export interface GrpcService extends EntityBase {
  name: string
  slug: string
  description: string | null
  target: string
  tlsEnabled: boolean
  tls: { ca: boolean; clientCertificate: boolean; serverName: string | null } | null
  metadataKeys: string[]
  passthroughHeaders: string[]
  timeoutMs: number | null
  /** The services reflection listed, by full name. */
  services: string[]
  status: GrpcServiceStatus
  statusReason: string | null
  lastReflectedAt: string | null
}
