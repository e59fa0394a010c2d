import { createPrivateKey, X509Certificate } from 'node:crypto'
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

/** The largest answer message a client takes (grpc-js's default is 4 MiB). */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024

/** A grpc-js client for a target: credentials and channel options from the TLS settings. */
export function openClient(options: GrpcTargetOptions): grpc.Client {
  if (!/^[^\s/]+:\d+$|^[a-z]+:/.test(options.target))
    throw new GrpcBridgeError('BAD_OPTION', `target '${options.target}' is not host:port`)
  const tls = options.tls === true ? {} : options.tls || undefined
  if (tls && Boolean(tls.cert) !== Boolean(tls.key))
    throw new GrpcBridgeError('BAD_OPTION', 'tls.cert and tls.key go together (mTLS needs both)')
  const credentials = tls ? sslCredentials(tls) : grpc.credentials.createInsecure()
  const name =
    tls?.serverName ?? (tls && options.authority?.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''))
  const channelOptions: grpc.ChannelOptions = {
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    ...(name && { 'grpc.ssl_target_name_override': name }),
    ...(options.authority && { 'grpc.default_authority': options.authority }),
  }
  return new grpc.Client(options.target, credentials, channelOptions)
}

/** TLS credentials; PEM that does not load is a BAD_OPTION naming its field. */
function sslCredentials({ ca, cert, key }: GrpcTlsOptions): grpc.ChannelCredentials {
  const refuse = (field: string, problem: string, cause: unknown): never => {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new GrpcBridgeError('BAD_OPTION', `${field} ${problem} (${reason})`, { cause, field })
  }
  // Node skips CA certificates that do not parse: the server would only seem untrusted later.
  const caError = ca ? certificatesError(ca) : undefined
  if (caError) refuse('tls.ca', 'is not PEM certificates', caError)
  const certError = cert ? certificatesError(cert) : undefined
  if (certError) refuse('tls.cert', 'is not a PEM certificate', certError)
  const keyError = key ? errorOf(() => createPrivateKey(key)) : undefined
  if (keyError) refuse('tls.key', 'is not a PEM private key', keyError)
  try {
    return grpc.credentials.createSsl(
      ca ? Buffer.from(ca) : null,
      key ? Buffer.from(key) : null,
      cert ? Buffer.from(cert) : null,
    )
  } catch (error) {
    return refuse('tls.key', 'does not match tls.cert', error)
  }
}

/** Why PEM text holds no certificate, or one that does not parse; undefined when all do. */
function certificatesError(text: string): Error | undefined {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)
  if (!blocks) return new Error('no -----BEGIN CERTIFICATE----- block')
  for (const block of blocks) {
    const error = errorOf(() => new X509Certificate(block))
    if (error) return error
  }
  return undefined
}

/** What `load` throws, or undefined. */
function errorOf(load: () => unknown): Error | undefined {
  try {
    load()
    return undefined
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
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

/** A failed call's details, without the empty "Resolution note: " grpc-js may end them with. */
export function detailsOf(error: { details: string }): string {
  return error.details.replace(/\.?\s*Resolution note:\s*$/, '')
}
