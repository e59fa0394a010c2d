import {
  ProtocolError,
  SdkError,
  SdkErrorCode,
  UnauthorizedError,
} from '@modelcontextprotocol/client'
import { isRecord } from './any-result-schema.js'
import { redact } from './redact.js'
import { UpstreamError } from './upstream-error.js'
import type { UpstreamErrorCode } from './upstream-error.js'

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOENT',
  'EACCES',
])

/** Turns whatever an SDK call threw into an UpstreamError; JSON-RPC errors pass as REMOTE. */
export function toUpstreamError(
  error: unknown,
  where: string,
  secrets: readonly string[] = [],
): UpstreamError {
  if (error instanceof UpstreamError) return error
  if (ProtocolError.isInstance(error)) {
    return new UpstreamError('REMOTE', error.message, {
      rpcCode: error.code,
      data: error.data,
      cause: error,
    })
  }
  const message = `${where}: ${describeError(error, secrets)}`
  const cause = safeCause(error, secrets)
  if (SdkError.isInstance(error)) return new UpstreamError(codeOf(error), message, { cause })
  return new UpstreamError(isUnreachable(error) ? 'CONNECT_FAILED' : 'PROTOCOL', message, { cause })
}

/** A one-line, bounded description of an error and its causes, with every secret replaced. */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    const text = textOf(current)
    if (text !== '' && !parts.some((part) => part.includes(text))) parts.push(text)
    current = current instanceof Error ? current.cause : undefined
  }
  const line = redact(parts.join(': '), secrets).replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 297)}...` : line
}

/** The error to keep as `cause`: a copy free of secrets and spawn arguments when needed. */
export function safeCause(error: unknown, secrets: readonly string[] = []): unknown {
  if (!(error instanceof Error)) return error
  const leaks =
    'spawnargs' in error || redact(describeError(error), secrets) !== describeError(error)
  if (!leaks) return error
  const copy = new Error(redact(error.message, secrets))
  copy.name = error.name
  if ('code' in error) Object.assign(copy, { code: error.code })
  return copy
}

function textOf(value: unknown): string {
  if (value instanceof Error) return value.message
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}

function codeOf(error: SdkError): UpstreamErrorCode {
  switch (error.code) {
    case SdkErrorCode.RequestTimeout:
      return 'TIMEOUT'
    case SdkErrorCode.ConnectionClosed:
    case SdkErrorCode.NotConnected:
      return 'CLOSED'
    case SdkErrorCode.SendFailed:
    case SdkErrorCode.EraNegotiationFailed:
    case SdkErrorCode.ClientHttpNotImplemented:
    case SdkErrorCode.ClientHttpAuthentication:
    case SdkErrorCode.ClientHttpForbidden:
    case SdkErrorCode.ClientHttpFailedToOpenStream:
    case SdkErrorCode.ClientHttpFailedToTerminateSession:
      return 'CONNECT_FAILED'
    default:
      return 'PROTOCOL'
  }
}

function isUnreachable(error: unknown): boolean {
  if (UnauthorizedError.isInstance(error)) return true
  if (!(error instanceof Error)) return false
  if (error.name === 'SseError' || error.message === 'fetch failed') return true
  const code = 'code' in error ? error.code : isRecord(error.cause) ? error.cause.code : undefined
  return typeof code === 'string' && (unreachableCodes.has(code) || code.startsWith('UND_ERR'))
}
