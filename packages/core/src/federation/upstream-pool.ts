import { createHash } from 'node:crypto'
import {
  isUpstreamError,
  wrapSession,
  type NegotiatedEra,
  type UpstreamOptions,
  type UpstreamSession,
} from '@switchyard/transports'
import type { CatalogGateway } from '../catalog/catalog.js'
import { GatewayError } from '../errors.js'
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js'
import { outboundRefusal, policyLookup } from '../rest/policy-lookup.js'
import type { UrlPolicy } from '../rest/url-policy.js'
import type { GatewayAuth, UpstreamAuth } from '../schemas/common.js'

/** How the pool opens sessions and where upstream traffic it does not own goes. */
export interface UpstreamPoolOptions {
  /** Opens a session; `gateway` is the upstream it is for (an instrumenting wrapper names it). */
  connect: (options: UpstreamOptions, gateway: CatalogGateway) => Promise<UpstreamSession>
  clientInfo?: { name: string; version: string }
  connectTimeoutMs?: number
  requestTimeoutMs?: number
  /** Notifications from an upstream (list_changed, resources/updated, logging, progress). */
  onNotification?: (
    gatewayId: string,
    method: string,
    params: Record<string, unknown> | undefined,
  ) => void
  /** Lines an upstream child process writes to stderr. */
  onStderr?: (gatewayId: string, line: string) => void
  /** Requests from an upstream (sampling, elicitation, roots); the capabilities announced for them. */
  onRequest?: (
    gatewayId: string,
    method: string,
    params: Record<string, unknown> | undefined,
    signal: AbortSignal,
  ) => Promise<Record<string, unknown>>
  capabilities?: Record<string, unknown>
  /**
   * Wait before restarting a stdio upstream that exited on its own; doubles up to `maxBackoffMs`
   * (default 500 ms and 30 s).
   */
  backoffMs?: number
  maxBackoffMs?: number
  /**
   * Per-upstream circuit breaker over connect failures, lost connections and timeouts: open, calls
   * fail fast with UNAVAILABLE until a probe succeeds (default: 3 failures, 1 s doubling to 30 s).
   */
  breaker?: CircuitBreakerOptions
  /**
   * Checked before every connect (the URL) and on every connection (each resolved address): an
   * upstream the policy denies is not reached.
   */
  urlPolicy?: UrlPolicy
  /**
   * The credentials of a session about to open, for the user it serves (undefined: any, as for
   * discovery); `stale` after the last session with them failed. Default: the static kinds only.
   */
  credentials?: (
    gateway: CatalogGateway,
    user: string | undefined,
    stale: boolean,
  ) => Promise<UpstreamCredentials>
}

/** What a session presents to its upstream, and when that stops being good (epoch ms). */
export interface UpstreamCredentials {
  headers: Record<string, string>
  expiresAt?: number
  /** Presents the credential on each HTTP request instead (a DPoP-bound token and its proofs). */
  wrapFetch?: UpstreamOptions['wrapFetch']
}

/** A restarted stdio upstream that stays up this long starts its backoff afresh. */
const STABLE_MS = 60_000

/**
 * Pooled upstream sessions: one per upstream and credential, reused by every call, reopened when
 * lost (a stdio child that exits on its own is restarted at once, with backoff).
 */
export interface UpstreamPool {
  /**
   * The open session for this upstream, connecting (once, however many callers wait) when there is
   * none; an upstream with per-user OAuth has one session per user. `connectTimeoutMs` overrides
   * the pool's for a connect this call starts.
   */
  session(
    gateway: CatalogGateway,
    user?: string,
    connectTimeoutMs?: number,
  ): Promise<UpstreamSession>
  /** Closes this upstream's sessions (after an edit, a disable, a delete or new OAuth tokens). */
  drop(gatewayId: string): Promise<void>
  /** The era each upstream answered in, for reconnects. */
  era(gatewayId: string): NegotiatedEra | undefined
  /** Resources of an upstream to watch for updates, on its session now and on every reopened one. */
  watch(gatewayId: string, uris: readonly string[]): void
  close(): Promise<void>
}

/** Whether an upstream's sessions are per user (OAuth authorization code with `perUser`). */
export function isPerUser(auth: GatewayAuth): boolean {
  return auth.type === 'oauth2-code' && auth.perUser === true
}

/** The static credentials of an upstream; OAuth kinds need the pool's `credentials` option. */
function staticCredentials(gateway: CatalogGateway): Promise<UpstreamCredentials> {
  const { auth } = gateway
  if (auth.type === 'oauth2' || auth.type === 'oauth2-code' || auth.type === 'oauth2-client')
    return Promise.reject(
      new GatewayError(
        'UNAVAILABLE',
        `upstream '${gateway.name}' needs an OAuth client to connect`,
      ),
    )
  return Promise.resolve({ headers: authHeaders(auth) })
}

/** HTTP headers that carry an upstream's credentials. */
export function authHeaders(auth: UpstreamAuth): Record<string, string> {
  switch (auth.type) {
    case 'basic':
      return {
        authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`,
      }
    case 'bearer':
      return { authorization: `Bearer ${auth.token}` }
    case 'headers':
      return { ...auth.headers }
    case 'none':
      return {}
  }
}

const fingerprints = new WeakMap<CatalogGateway, string>()

/** Everything that, when changed, needs a new session (kept per catalog entry, which never changes). */
export function gatewayFingerprint(gateway: CatalogGateway): string {
  let fingerprint = fingerprints.get(gateway)
  if (fingerprint === undefined) {
    const { url, transport, command, args, env, cwd, auth } = gateway
    fingerprint = createHash('sha256')
      .update(JSON.stringify([url, transport, command, args, env, cwd, auth]))
      .digest('hex')
    fingerprints.set(gateway, fingerprint)
  }
  return fingerprint
}

/** What becomes of a supervised session's requests. */
interface Supervisor {
  /** The connection is gone (an HTTP upstream that went away, a closed child). */
  broken(): void
  /** The upstream answered (a result or a JSON-RPC error). */
  answered(): void
  /** The upstream could not be reached or did not answer in time. */
  failed(reason: string): void
}

/**
 * The session as the pool hands it out: a request that finds the connection gone takes the session
 * out of the pool, so that the next call reconnects; every outcome feeds the circuit breaker.
 */
function supervised(session: UpstreamSession, supervisor: Supervisor): UpstreamSession {
  return wrapSession(session, {
    async request(method, params, options) {
      try {
        const result = await session.request(method, params, options)
        supervisor.answered()
        return result
      } catch (error) {
        const lost = isUpstreamError(error, 'CLOSED') || isUpstreamError(error, 'CONNECT_FAILED')
        if (lost) supervisor.broken()
        if (options?.signal?.aborted) throw error
        if (lost || isUpstreamError(error, 'TIMEOUT'))
          supervisor.failed(error instanceof Error ? error.message : String(error))
        else supervisor.answered()
        throw error
      }
    },
  })
}

interface Slot {
  fingerprint: string
  session: Promise<UpstreamSession>
  /** Cancels the connect while it is under way (the slot is dropped). */
  cancel: AbortController
  /** When the session's credentials expire (epoch ms); it is reopened then. */
  expiresAt?: number
}

/** Why the policy denies an upstream URL, or undefined when it may be reached. */
function deniedUrl(policy: UrlPolicy | undefined, url: string | null): Error | undefined {
  try {
    if (url !== null) policy?.check(url)
    return undefined
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** Creates the pool. */
export function createUpstreamPool(options: UpstreamPoolOptions): UpstreamPool {
  const slots = new Map<string, Slot>()
  const eras = new Map<string, NegotiatedEra>()
  const watched = new Map<string, readonly string[]>()
  // Keyed by slot: the upstream's id, plus '\n' and the user for a per-user upstream.
  const breaker = new CircuitBreaker(options.breaker)
  const stale = new Set<string>()
  const base = options.backoffMs ?? 500
  const max = options.maxBackoffMs ?? 30_000
  const restarts = new Map<string, { timer: NodeJS.Timeout; count: number; at: number }>()
  const lookup = options.urlPolicy && policyLookup(options.urlPolicy)
  let closed = false

  /** Keeps a stdio upstream's child running: after it exits on its own, start it again (backoff). */
  function restart(gateway: CatalogGateway, fingerprint: string): void {
    const previous = restarts.get(gateway.id)
    const count = previous && Date.now() - previous.at < STABLE_MS ? previous.count + 1 : 0
    const timer: NodeJS.Timeout = setTimeout(
      () => {
        if (closed || slots.has(gateway.id)) return
        // a drop meanwhile (an edit, a disable, a delete) ends the restarts
        open(gateway, fingerprint).catch(() => {
          if (restarts.get(gateway.id)?.timer === timer) restart(gateway, fingerprint)
        })
      },
      Math.min(max, base * 2 ** count),
    )
    timer.unref()
    restarts.set(gateway.id, { timer, count, at: Date.now() })
  }

  function open(
    gateway: CatalogGateway,
    fingerprint: string,
    key = gateway.id,
    user?: string,
    connectTimeoutMs = options.connectTimeoutMs,
  ): Promise<UpstreamSession> {
    const denied = deniedUrl(options.urlPolicy, gateway.url)
    if (denied) return Promise.reject(denied)
    const prior = eras.get(gateway.id)
    const cancel = new AbortController()
    const slot: Slot = { fingerprint, session: Promise.resolve(undefined as never), cancel }
    const wasStale = stale.delete(key)
    const connect = (credentials: UpstreamCredentials) => {
      if (credentials.expiresAt !== undefined) slot.expiresAt = credentials.expiresAt
      return options.connect(
        {
          name: gateway.name,
          transport: gateway.transport,
          ...(gateway.url !== null && { url: gateway.url }),
          headers: credentials.headers,
          ...(credentials.wrapFetch && { wrapFetch: credentials.wrapFetch }),
          ...(gateway.command !== null && { command: gateway.command }),
          args: gateway.args,
          env: { ...gateway.env },
          ...(gateway.cwd !== null && { cwd: gateway.cwd }),
          ...(lookup && { lookup }),
          ...(options.clientInfo && { clientInfo: options.clientInfo }),
          ...(connectTimeoutMs && { connectTimeoutMs }),
          ...(options.requestTimeoutMs && { requestTimeoutMs: options.requestTimeoutMs }),
          ...(prior && { prior }),
          signal: cancel.signal,
          onNotification: (method, params) => options.onNotification?.(gateway.id, method, params),
          onStderr: (line) => options.onStderr?.(gateway.id, line),
          ...(options.onRequest && {
            onRequest: (
              method: string,
              params: Record<string, unknown> | undefined,
              signal: AbortSignal,
            ) => options.onRequest!(gateway.id, method, params, signal),
            // A modern upstream's input_required goes back to the face, which asks its own client.
            inputRequired: 'return' as const,
          }),
          ...(options.capabilities && { capabilities: options.capabilities }),
          onClose: (error) => {
            // A lost session leaves the pool; the next call opens a new one.
            if (slots.get(key)?.session === session) slots.delete(key)
            if (error !== undefined && gateway.transport === 'stdio' && !closed) {
              restart(gateway, fingerprint)
            }
          },
        },
        gateway,
      )
    }
    const credentials = (options.credentials ?? staticCredentials)(gateway, user, wasStale)
    let noCredentials = false
    const session = credentials
      .catch((error: unknown) => {
        noCredentials = true
        throw error
      })
      .then(connect)
      .then(
        (opened) => {
          eras.set(gateway.id, opened.era)
          opened.watchResources(watched.get(gateway.id) ?? [])
          return supervised(opened, {
            broken() {
              if (slots.get(key)?.session !== session) return
              slots.delete(key)
              stale.add(key)
              void opened.close()
            },
            answered: () => breaker.success(key),
            failed: (reason) => breaker.failure(key, reason),
          })
        },
        (error: unknown) => {
          if (slots.get(key)?.session === session) slots.delete(key)
          if (cancel.signal.aborted) {
            throw new GatewayError(
              'UNAVAILABLE',
              `upstream '${gateway.name}': the connect was cancelled`,
              {
                cause: error,
              },
            )
          }
          // No credentials (an upstream waiting for OAuth authorization): said as it is, no backoff.
          if (noCredentials) throw error
          const refused = outboundRefusal(error)
          if (refused) {
            throw new GatewayError(
              'FORBIDDEN_URL',
              `upstream '${gateway.name}': ${refused.message}`,
            )
          }
          stale.add(key)
          const reason = error instanceof Error ? error.message : String(error)
          breaker.failure(key, reason)
          // A transport's connect failure names the upstream already: it was given the name.
          const named = isUpstreamError(error, 'CONNECT_FAILED')
          throw new GatewayError(
            'UNAVAILABLE',
            named ? reason : `upstream '${gateway.name}' is unreachable: ${reason}`,
            { cause: error },
          )
        },
      )
    slot.session = session
    slots.set(key, slot)
    return session
  }

  /** Closes one slot's session. */
  async function dropSlot(key: string): Promise<void> {
    const slot = slots.get(key)
    slots.delete(key)
    breaker.reset(key)
    slot?.cancel.abort()
    if (slot)
      await slot.session.then(
        (s) => s.close(),
        () => undefined,
      )
  }

  async function drop(gatewayId: string): Promise<void> {
    clearTimeout(restarts.get(gatewayId)?.timer)
    restarts.delete(gatewayId)
    const keys = [...new Set([...slots.keys(), ...breaker.keys()])].filter(
      (key) => key === gatewayId || key.startsWith(`${gatewayId}\n`),
    )
    await Promise.all(keys.map(dropSlot))
  }

  return {
    async session(gateway, user, connectTimeoutMs) {
      const fingerprint = gatewayFingerprint(gateway)
      const key =
        isPerUser(gateway.auth) && user !== undefined ? `${gateway.id}\n${user}` : gateway.id
      breaker.check(key, gateway.name)
      const slot = slots.get(key)
      if (slot && slot.fingerprint === fingerprint) {
        const session = await slot.session
        const expired = slot.expiresAt !== undefined && slot.expiresAt <= Date.now()
        if (!session.closed && !expired) return session
      }
      if (slot) await dropSlot(key)
      return open(gateway, fingerprint, key, user, connectTimeoutMs)
    },
    drop,
    era: (gatewayId) => eras.get(gatewayId),
    watch(gatewayId, uris) {
      watched.set(gatewayId, uris)
      void slots.get(gatewayId)?.session.then(
        (session) => session.watchResources(uris),
        () => undefined,
      )
    },
    async close() {
      closed = true
      await Promise.all([...new Set([...slots.keys(), ...restarts.keys()])].map(drop))
    },
  }
}
