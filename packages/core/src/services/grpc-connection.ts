import type { GrpcService, GrpcServiceStatus, GrpcTls } from '../schemas/grpc-service.js'
import type { GrpcServiceRow } from '../store/database.js'
import { fromFlag, fromJson } from '../store/json.js'
import type { ServiceContext } from './context.js'
import type { GrpcToolsDelta, GrpcToolSpec } from './grpc-tools-sync.js'

/** How to reach a gRPC server: what discovery and the invoker are given. */
export interface GrpcConnection {
  target: string
  /** TLS settings (`{}`: TLS with the system's roots), or null for plaintext. */
  tls: GrpcTls | null
  metadata: Readonly<Record<string, string>>
  timeoutMs: number | null
}

/** What reflecting on a server found. */
export interface GrpcDiscovered {
  services: string[]
  /** The encoded FileDescriptorSet, base64. */
  descriptorSet: string
  tools: GrpcToolSpec[]
  /** Services the server lists but could not describe, with why: they have no tools. */
  skipped: { name: string; reason: string }[]
}

/**
 * The status reason of a service reflected with some services skipped (it stays active with the
 * others' tools), or null when none was.
 */
export function skippedReason({ skipped }: GrpcDiscovered): string | null {
  if (skipped.length === 0) return null
  const named = skipped.map(({ name, reason }) => `${name} (${reason})`).join('; ')
  return `services left out, reflection could not describe them: ${named}`
}

/**
 * Discovers a gRPC server (the gateway wires `@switchyard/grpc-bridge`); failures are
 * GatewayErrors naming what went wrong.
 */
export type GrpcDiscoverer = (connection: GrpcConnection) => Promise<GrpcDiscovered>

/** A service as an import brings it: the connection opened, the descriptors and methods known. */
export interface GrpcServiceRestore extends GrpcConnection {
  name: string
  description: string | null
  passthroughHeaders: string[]
  services: string[]
  descriptorSet: string
  tools: GrpcToolSpec[]
  tags: string[]
  visibility: GrpcService['visibility']
  team: string | null
}

/** What a refresh changed. */
export interface GrpcRefreshReport {
  services: string[]
  /** Services listed but not described, with why (also the service's status reason). */
  skipped: GrpcDiscovered['skipped']
  tools: GrpcToolsDelta
}

/** Opens a row's connection settings (TLS material and metadata are sealed at rest). */
export function grpcConnection(row: GrpcServiceRow, context: ServiceContext): GrpcConnection {
  const open = <T>(sealed: string | null, empty: T): T =>
    sealed ? (JSON.parse(context.sealer.open(sealed)) as T) : empty
  return {
    target: row.target,
    tls: open<GrpcTls | null>(row.tls_sealed, null),
    metadata: open<Record<string, string>>(row.metadata_sealed, {}),
    timeoutMs: row.timeout_ms,
  }
}

/** A gRPC service row as the API shows it. */
export function toGrpcService(row: GrpcServiceRow, context: ServiceContext): GrpcService {
  const { tls, metadata } = grpcConnection(row, context)
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    target: row.target,
    tlsEnabled: tls !== null,
    tls: tls && {
      ca: Boolean(tls.ca),
      clientCertificate: Boolean(tls.cert),
      serverName: tls.serverName ?? null,
    },
    metadataKeys: Object.keys(metadata),
    passthroughHeaders: fromJson(row.passthrough_headers, []),
    timeoutMs: row.timeout_ms,
    services: fromJson(row.services, []),
    status: row.status as GrpcServiceStatus,
    statusReason: row.status_reason,
    lastReflectedAt: row.last_reflected_at,
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as GrpcService['visibility'],
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** The TLS settings an input asks for: `tls`, else `{}` when only `tlsEnabled`, else none. */
export const tlsOf = (input: {
  tlsEnabled?: boolean | undefined
  tls?: GrpcTls | null | undefined
}) => input.tls ?? (input.tlsEnabled ? {} : null)
/** The metadata an input gives (`metadata` over ContextForge's `grpcMetadata`), if any. */
export const metadataOf = (input: {
  metadata?: Record<string, string> | undefined
  grpcMetadata?: Record<string, string> | undefined
}) =>
  input.metadata === undefined && input.grpcMetadata === undefined
    ? undefined
    : { ...input.grpcMetadata, ...input.metadata }
