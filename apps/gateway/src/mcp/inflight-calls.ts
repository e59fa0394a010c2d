import { errorMappings } from '@switchyard/core'
import { McpFaceError, type McpBackend } from '@switchyard/transports'

/** Counts the MCP requests under way on every face, so that a shutdown can let them finish. */
export interface InflightCalls {
  /** The backend, counting each request it serves until it is answered. */
  track(backend: McpBackend): McpBackend
  /** Requests under way now. */
  readonly count: number
  /** Resolves true once no request is under way, or false after `timeoutMs`. */
  drained(timeoutMs: number): Promise<boolean>
  /** Answers every request under way with UNAVAILABLE "shutting down" (past the drain deadline). */
  abort(): void
}

/** Creates the counter. */
export function createInflightCalls(): InflightCalls {
  let count = 0
  const waiters = new Set<() => void>()
  const aborts = new Set<(error: Error) => void>()
  const done = () => {
    if (--count === 0) for (const wake of waiters) wake()
  }
  return {
    track: (backend) => ({
      ...backend,
      async handle(method, params, context) {
        count++
        let abort: ((error: Error) => void) | undefined
        const aborted = new Promise<never>((_resolve, reject) => {
          abort = reject
          aborts.add(reject)
        })
        try {
          return await Promise.race([backend.handle(method, params, context), aborted])
        } finally {
          aborts.delete(abort!)
          done()
        }
      },
    }),
    get count() {
      return count
    },
    drained(timeoutMs) {
      if (count === 0) return Promise.resolve(true)
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer)
          waiters.delete(wake)
          resolve(true)
        }
        const timer = setTimeout(() => {
          waiters.delete(wake)
          resolve(false)
        }, timeoutMs)
        waiters.add(wake)
      })
    },
    abort() {
      const error = new McpFaceError(
        errorMappings.UNAVAILABLE.jsonRpc,
        'The gateway is shutting down and this call did not finish in time; call again',
      )
      for (const reject of aborts) reject(error)
    },
  }
}
