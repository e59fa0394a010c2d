import { createHash } from 'node:crypto'
import {
  isUpstreamError,
  type NegotiatedEra,
  type UpstreamOptions,
  type UpstreamSession,
} from '@switchyard/transports'
import type { CatalogGateway } from '../catalog/catalog.js'
import { GatewayError } from '../errors.js'
import { outboundRefusal, policyLookup } from '../rest/policy-lookup.js'
import type { UrlPolicy } from '../rest/url-policy.js'
import type { UpstreamAuth } from '../schemas/common.js'

/** How the pool opens sessions and where upstream traffic it does not own goes. */
export interface UpstreamPoolOptions {
  connect: (options: UpstreamOptions) => Promise<UpstreamSession>
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
   * First wait after a failed connect, and before restarting a stdio upstream that exited on its
   * own; doubles up to `maxBackoffMs` (default 500 ms and 30 s).
   */
  backoffMs?: number
  maxBackoffMs?: number
  /**
   * Checked before every connect (the URL) and on every connection (each resolved address): an
   * upstream the policy denies is not reached.
   */
  urlPolicy?: UrlPolicy
}

/** A restarted stdio upstream that stays up this long starts its backoff afresh. */
const STABLE_MS = 60_000

/**
 * Pooled upstream sessions: one per upstream and credential, reused by every call, reopened when
 * lost (a stdio child that exits on its own is restarted at once, with backoff).
 */
export interface UpstreamPool {
  /** The open session for this upstream, connecting (once, however many callers wait) when there is none. */
  session(gateway: CatalogGateway): Promise<UpstreamSession>
  /** Closes this upstream's session (after an edit, a disable or a delete). */
  drop(gatewayId: string): Promise<void>
  /** The era each upstream answered in, for reconnects. */
  era(gatewayId: string): NegotiatedEra | undefined
  /** Resources of an upstream to watch for updates, on its session now and on every reopened one. */
  watch(gatewayId: string, uris: readonly string[]): void
  close(): Promise<void>
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

/**
 * The session as the pool hands it out: a request that finds the connection gone (an HTTP upstream
 * that went away, a closed child) takes the session out of the pool, so that the next call reconnects.
 */
function supervised(session: UpstreamSession, broken: () => void): UpstreamSession {
  return {
    get era() {
      return session.era
    },
    get serverInfo() {
      return session.serverInfo
    },
    get capabilities() {
      return session.capabilities
    },
    get instructions() {
      return session.instructions
    },
    get closed() {
      return session.closed
    },
    get pid() {
      return session.pid
    },
    async request(method, params, options) {
      try {
        return await session.request(method, params, options)
      } catch (error) {
        if (isUpstreamError(error, 'CLOSED') || isUpstreamError(error, 'CONNECT_FAILED')) broken()
        throw error
      }
    },
    notify: (method, params) => session.notify(method, params),
    listAll: (kind) => session.listAll(kind),
    watchResources: (uris) => session.watchResources(uris),
    ping: () => session.ping(),
    close: () => session.close(),
  }
}

interface Slot {
  fingerprint: string
  session: Promise<UpstreamSession>
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
  const failures = new Map<string, { count: number; retryAt: number; reason: string }>()
  const base = options.backoffMs ?? 500
  const max = options.maxBackoffMs ?? 30_000
  const restarts = new Map<string, { timer: NodeJS.Timeout; count: number; at: number }>()
  const lookup = options.urlPolicy && policyLookup(options.urlPolicy)
  let closed = false

  /** Keeps a stdio upstream's child running: after it exits on its own, start it again (backoff). */
  function restart(gateway: CatalogGateway, fingerprint: string): void {
    const previous = restarts.get(gateway.id)
    const count = previous && Date.now() - previous.at < STABLE_MS ? previous.count + 1 : 0
    const timer = setTimeout(
      () => {
        if (closed || slots.has(gateway.id)) return
        open(gateway, fingerprint).catch(() => restart(gateway, fingerprint))
      },
      Math.min(max, base * 2 ** count),
    )
    timer.unref()
    restarts.set(gateway.id, { timer, count, at: Date.now() })
  }

  function open(gateway: CatalogGateway, fingerprint: string): Promise<UpstreamSession> {
    const failure = failures.get(gateway.id)
    if (failure && Date.now() < failure.retryAt) {
      const wait = Math.ceil((failure.retryAt - Date.now()) / 1000)
      return Promise.reject(
        new GatewayError(
          'UNAVAILABLE',
          `upstream '${gateway.name}' is unreachable (${failure.reason}); next try in ${wait} s`,
        ),
      )
    }
    const denied = deniedUrl(options.urlPolicy, gateway.url)
    if (denied) return Promise.reject(denied)
    const prior = eras.get(gateway.id)
    const session = options
      .connect({
        transport: gateway.transport,
        ...(gateway.url !== null && { url: gateway.url }),
        headers: authHeaders(gateway.auth),
        ...(gateway.command !== null && { command: gateway.command }),
        args: gateway.args,
        env: { ...gateway.env },
        ...(gateway.cwd !== null && { cwd: gateway.cwd }),
        ...(lookup && { lookup }),
        ...(options.clientInfo && { clientInfo: options.clientInfo }),
        ...(options.connectTimeoutMs && { connectTimeoutMs: options.connectTimeoutMs }),
        ...(options.requestTimeoutMs && { requestTimeoutMs: options.requestTimeoutMs }),
        ...(prior && { prior }),
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
          if (slots.get(gateway.id)?.session === session) slots.delete(gateway.id)
          if (error !== undefined && gateway.transport === 'stdio' && !closed) {
            restart(gateway, fingerprint)
          }
        },
      })
      .then(
        (opened) => {
          failures.delete(gateway.id)
          eras.set(gateway.id, opened.era)
          opened.watchResources(watched.get(gateway.id) ?? [])
          return supervised(opened, () => {
            if (slots.get(gateway.id)?.session !== session) return
            slots.delete(gateway.id)
            void opened.close()
          })
        },
        (error: unknown) => {
          if (slots.get(gateway.id)?.session === session) slots.delete(gateway.id)
          const refused = outboundRefusal(error)
          if (refused) {
            throw new GatewayError(
              'FORBIDDEN_URL',
              `upstream '${gateway.name}': ${refused.message}`,
            )
          }
          const count = (failures.get(gateway.id)?.count ?? 0) + 1
          const reason = error instanceof Error ? error.message : String(error)
          failures.set(gateway.id, {
            count,
            retryAt: Date.now() + Math.min(max, base * 2 ** (count - 1)),
            reason,
          })
          throw new GatewayError(
            'UNAVAILABLE',
            `upstream '${gateway.name}' is unreachable: ${reason}`,
            { cause: error },
          )
        },
      )
    slots.set(gateway.id, { fingerprint, session })
    return session
  }

  async function drop(gatewayId: string): Promise<void> {
    clearTimeout(restarts.get(gatewayId)?.timer)
    restarts.delete(gatewayId)
    const slot = slots.get(gatewayId)
    slots.delete(gatewayId)
    failures.delete(gatewayId)
    if (slot)
      await slot.session.then(
        (s) => s.close(),
        () => undefined,
      )
  }

  return {
    async session(gateway) {
      const fingerprint = gatewayFingerprint(gateway)
      const slot = slots.get(gateway.id)
      if (slot && slot.fingerprint === fingerprint) {
        const session = await slot.session
        if (!session.closed) return session
      }
      if (slot) await drop(gateway.id)
      return open(gateway, fingerprint)
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
