import type { TokenService } from '@switchyard/core'

/** Counts API token uses in memory and writes them to the store in batches, off the request path. */
export interface TokenUsage {
  /** Counts one use of the token now. */
  record(tokenId: string): void
  /** Writes the uses counted so far. */
  flush(): Promise<void>
  /** Stops the timer and writes what is left. */
  close(): Promise<void>
}

/** What createTokenUsage needs. */
export interface TokenUsageOptions {
  tokens: Pick<TokenService, 'recordUsage'>
  /** How often counted uses are written; default 1000 ms. */
  flushIntervalMs?: number
  /** Told when a write fails (the uses of that batch are lost, the gateway goes on). */
  onError?: (error: unknown) => void
}

/** Creates the batched usage counter: one store write per token per interval, never per request. */
export function createTokenUsage(options: TokenUsageOptions): TokenUsage {
  let pending = new Map<string, { count: number; lastUsedAt: string }>()
  let writing: Promise<void> = Promise.resolve()

  const flush = (): Promise<void> => {
    if (pending.size === 0) return writing
    const batch = [...pending].map(([id, use]) => ({ id, ...use }))
    pending = new Map()
    writing = writing
      .then(() => options.tokens.recordUsage(batch))
      .catch((error: unknown) => options.onError?.(error))
    return writing
  }
  const timer = setInterval(() => void flush(), options.flushIntervalMs ?? 1000)
  timer.unref()

  return {
    record(tokenId) {
      const use = pending.get(tokenId)
      const lastUsedAt = new Date().toISOString()
      if (use) {
        use.count += 1
        use.lastUsedAt = lastUsedAt
      } else pending.set(tokenId, { count: 1, lastUsedAt })
    },
    flush,
    close() {
      clearInterval(timer)
      return flush()
    },
  }
}
