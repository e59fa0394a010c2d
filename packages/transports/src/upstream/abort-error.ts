/** The error a cancelled request fails with: the signal's reason, or a DOM AbortError. */
export function abortError(signal: AbortSignal | null | undefined): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error
    ? reason
    : new DOMException('This operation was aborted', 'AbortError')
}
