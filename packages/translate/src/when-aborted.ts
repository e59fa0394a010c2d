/** Runs `handler` once `signal` aborts: at once when it already has. */
export function whenAborted(signal: AbortSignal, handler: () => void): void {
  if (signal.aborted) handler()
  else signal.addEventListener('abort', handler, { once: true })
}
