import * as grpc from '@grpc/grpc-js'
import { GrpcBridgeError } from './errors.js'

/** TLS to a target: PEM strings; `cert` + `key` present a client certificate (mTLS). */
export interface GrpcTlsOptions {
  /** Trusted CA certificates; the system's roots when absent. */
  ca?: string
  cert?: string
  key?: string
  /** Expected name in the server certificate, when it differs from the target's host. */
  serverName?: string
}

/** Where a gRPC server is and how to reach it. */
export interface GrpcTargetOptions {
  /** `host:port` (or any grpc-js target such as `dns:///host:port`). */
  target: string
  /** TLS: `true` for the system's roots, an object for a CA, a client certificate or a name. */
  tls?: boolean | GrpcTlsOptions
  /** Metadata sent with every call (and reflection request). */
  metadata?: Readonly<Record<string, string>>
  /**
   * `host:port` to present as `:authority` (and, with TLS, the certificate name unless
   * `tls.serverName` is given) when `target` is an address resolved by the caller.
   */
  authority?: string
}

/** A grpc-js client for a target: credentials and channel options from the TLS settings. */
export function openClient(options: GrpcTargetOptions): grpc.Client {
  if (!/^[^\s/]+:\d+$|^[a-z]+:/.test(options.target))
    throw new GrpcBridgeError('BAD_OPTION', `target '${options.target}' is not host:port`)
  const tls = options.tls === true ? {} : options.tls || undefined
  if (tls && Boolean(tls.cert) !== Boolean(tls.key))
    throw new GrpcBridgeError('BAD_OPTION', 'tls.cert and tls.key go together (mTLS needs both)')
  const credentials = tls
    ? grpc.credentials.createSsl(
        tls.ca ? Buffer.from(tls.ca) : null,
        tls.key ? Buffer.from(tls.key) : null,
        tls.cert ? Buffer.from(tls.cert) : null,
      )
    : grpc.credentials.createInsecure()
  const name =
    tls?.serverName ?? (tls && options.authority?.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''))
  const channelOptions: grpc.ChannelOptions = {
    'grpc.max_receive_message_length': 16 * 1024 * 1024,
    ...(name && { 'grpc.ssl_target_name_override': name }),
    ...(options.authority && { 'grpc.default_authority': options.authority }),
  }
  return new grpc.Client(options.target, credentials, channelOptions)
}

/** grpc-js metadata from plain pairs. */
export function toMetadata(...sources: (Readonly<Record<string, string>> | undefined)[]) {
  const metadata = new grpc.Metadata()
  for (const source of sources)
    for (const [key, value] of Object.entries(source ?? {})) {
      const name = key.toLowerCase()
      metadata.set(name, name.endsWith('-bin') ? Buffer.from(value, 'base64') : value)
    }
  return metadata
}

/** The name of a gRPC status code (`NOT_FOUND`), or the number when unknown. */
export function statusName(code: number): string {
  return (grpc.status as unknown as Record<number, string>)[code] ?? String(code)
}
