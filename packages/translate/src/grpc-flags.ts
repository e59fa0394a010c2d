import { readFileSync } from 'node:fs'
import type { GrpcTlsOptions } from '@switchyard/grpc-bridge'
import { TranslateError } from './errors.js'

/** The `--grpc-*` flags as commander gives them. */
export interface GrpcFlags {
  grpc?: string
  grpcTls?: true
  grpcCa?: string
  grpcCert?: string
  grpcKey?: string
  grpcServerName?: string
  grpcMetadata: string[]
}

/** The TLS and metadata for `--grpc`, with the PEM files read; throws BAD_OPTION on bad input. */
export function grpcTarget(flags: GrpcFlags): {
  tls?: true | GrpcTlsOptions
  metadata: Record<string, string>
} {
  if (Boolean(flags.grpcCert) !== Boolean(flags.grpcKey))
    throw new TranslateError('BAD_OPTION', '--grpc-cert and --grpc-key go together (mutual TLS)')
  const files = {
    ...(flags.grpcCa !== undefined && { ca: pem('--grpc-ca', flags.grpcCa) }),
    ...(flags.grpcCert !== undefined && { cert: pem('--grpc-cert', flags.grpcCert) }),
    ...(flags.grpcKey !== undefined && { key: pem('--grpc-key', flags.grpcKey) }),
    ...(flags.grpcServerName !== undefined && { serverName: flags.grpcServerName }),
  }
  const tls = Object.keys(files).length > 0 ? files : flags.grpcTls
  return { ...(tls !== undefined && { tls }), metadata: metadata(flags.grpcMetadata) }
}

/** Whether any `--grpc-*` option other than `--grpc` itself was given. */
export function hasGrpcOptions(flags: GrpcFlags): boolean {
  return (
    flags.grpcTls !== undefined ||
    flags.grpcCa !== undefined ||
    flags.grpcCert !== undefined ||
    flags.grpcKey !== undefined ||
    flags.grpcServerName !== undefined ||
    flags.grpcMetadata.length > 0
  )
}

function pem(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new TranslateError('BAD_OPTION', `${flag}: cannot read "${file}" (${reason})`)
  }
}

function metadata(entries: readonly string[]): Record<string, string> {
  const pairs: Record<string, string> = {}
  for (const entry of entries) {
    const equals = entry.indexOf('=')
    const key = entry.slice(0, equals).trim().toLowerCase()
    if (equals <= 0 || !/^[a-z0-9_.-]+$/.test(key)) {
      throw new TranslateError(
        'BAD_OPTION',
        `--grpc-metadata must look like key=value (e.g. authorization=Bearer abc), got "${entry}"`,
      )
    }
    pairs[key] = entry.slice(equals + 1)
  }
  return pairs
}
