import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Logger } from './logger.js'
import type { LinkFactory } from './server-link.js'
import { Session } from './session.js'

/** Options for {@link createSessionHub}. */
export interface SessionHubOptions {
  link: LinkFactory
  /** Request header (any case) to environment variable, copied into each session's own server. */
  headerToEnv: Readonly<Record<string, string>>
  requestTimeoutMs: number
  /** A session with no open stream, nothing pending and no request for this long is ended. */
  sessionIdleMs: number
  logger: Logger
}

/** Every live client session, by id. */
export interface SessionHub {
  /** Opens a session for a client whose opening request carried `headers`. */
  open(headers: IncomingHttpHeaders): Session
  get(id: string): Session | undefined
  /** Ends sessions idle for longer than the idle limit, unless `busy(session)` says otherwise. */
  reapIdle(busy: (session: Session) => boolean): void
  readonly size: number
  /** Ends every session and waits until every child has exited. */
  closeAll(): Promise<void>
}

/** Creates the registry of client sessions of one bridge. */
export function createSessionHub(options: SessionHubOptions): SessionHub {
  const sessions = new Map<string, Session>()
  /** Ended sessions whose link is still closing (a child being ended). */
  const closing = new Set<Promise<void>>()
  const envOf = (headers: IncomingHttpHeaders): Record<string, string> => {
    const env: Record<string, string> = {}
    for (const [header, name] of Object.entries(options.headerToEnv)) {
      const value = headers[header.toLowerCase()]
      const text = Array.isArray(value) ? value.join(', ') : value
      if (text !== undefined) env[name] = text
    }
    return env
  }
  return {
    open(headers) {
      const session = new Session({
        id: randomUUID(),
        link: options.link,
        env: envOf(headers),
        requestTimeoutMs: options.requestTimeoutMs,
        logger: options.logger,
        onEnd: (ended) => {
          sessions.delete(ended.id)
          const done = ended.closed.finally(() => closing.delete(done))
          closing.add(done)
        },
      })
      sessions.set(session.id, session)
      options.logger.debug(`session ${session.id} opened (${sessions.size} open)`)
      return session
    },
    get: (id) => sessions.get(id),
    reapIdle(busy) {
      const limit = Date.now() - options.sessionIdleMs
      for (const session of sessions.values()) {
        if (session.lastSeen < limit && session.pendingCount === 0 && !busy(session)) {
          void session.end('idle for too long')
        }
      }
    },
    get size() {
      return sessions.size
    },
    async closeAll() {
      await Promise.all([...sessions.values()].map((session) => session.end('shutting down')))
      await Promise.all(closing)
    },
  }
}
