import {
  ProtocolError,
  SdkHttpError,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client'
import type {
  Client,
  ConnectOptions,
  McpSubscription,
  RequestOptions,
  SubscriptionFilter,
  Transport,
} from '@modelcontextprotocol/client'
import { anyResultSchema, isRecord } from './any-result-schema.js'
import { callerHeaders } from './caller-headers.js'
import { DirectCaller, type DirectTarget } from './direct-modern-call.js'
import { listAll } from './list-all.js'
import { wireClient } from './wire-client.js'
import { terminateProcessTree } from './process-tree.js'
import { secretsOf } from './redact.js'
import { describeError, safeCause, toUpstreamError } from './to-upstream-error.js'
import { UpstreamError } from './upstream-error.js'
import type { NegotiatedEra, UpstreamOptions } from './upstream-options.js'
import type {
  UpstreamListKind,
  UpstreamProgress,
  UpstreamRequestOptions,
  UpstreamSession,
} from './upstream-session.js'

/** What a ClientSession is built from: an unconnected SDK client and transport, and the options. */
export interface ClientSessionOptions {
  client: Client
  transport: Transport
  pid: () => number | undefined
  /** A stdio child's last lines of stderr in words, told when it fails to connect or ends the session. */
  stderrTold?: () => string
  options: UpstreamOptions
  name: string
  /** Set for streamable HTTP: lets 2026-era tool calls skip the SDK client. */
  direct?: DirectTarget | undefined
}

const listChangedFilters = [
  ['tools', 'toolsListChanged'],
  ['prompts', 'promptsListChanged'],
  ['resources', 'resourcesListChanged'],
] as const

const killGraceMs = 2000
const maxRelistenDelayMs = 30_000

/** An UpstreamSession over the MCP SDK's Client, for any transport and either era. */
export class ClientSession implements UpstreamSession {
  readonly #client: Client
  readonly #transport: Transport
  readonly #pid: () => number | undefined
  readonly #stderrTold: () => string
  readonly #options: UpstreamOptions
  readonly #name: string
  readonly #secrets: readonly string[]
  /** The lower-case names of the headers the session sends itself. */
  readonly #ownHeaders: ReadonlySet<string>
  #era: NegotiatedEra = { era: 'legacy', protocolVersion: '' }
  #serverInfo: { name: string; version: string; [k: string]: unknown } = { name: '', version: '' }
  #capabilities: Record<string, unknown> = {}
  #instructions: string | undefined
  #open = false
  #closed = false
  #closing: Promise<void> | undefined
  #closeReported = false
  #progressSeq = 0
  #subscription: McpSubscription | undefined
  #listenGeneration = 0
  #listenTimeoutMs = 15_000
  #watched: readonly string[] = []
  readonly #progress = new Map<string, (progress: UpstreamProgress) => void>()
  readonly #direct: DirectCaller | undefined

  constructor({ client, transport, pid, stderrTold, options, name, direct }: ClientSessionOptions) {
    this.#direct = direct === undefined ? undefined : new DirectCaller(direct)
    this.#client = client
    this.#transport = transport
    this.#pid = pid
    this.#stderrTold = stderrTold ?? (() => '')
    this.#options = options
    this.#name = name
    this.#secrets = secretsOf(options)
    this.#ownHeaders = new Set(Object.keys(options.headers ?? {}).map((name) => name.toLowerCase()))
    wireClient(client, transport, options, {
      progress: this.#progress,
      ended: (cause) => this.#endedRemotely(cause),
    })
  }

  get era(): NegotiatedEra {
    return this.#era
  }

  get serverInfo(): { name: string; version: string; [k: string]: unknown } {
    return this.#serverInfo
  }

  get capabilities(): Record<string, unknown> {
    return this.#capabilities
  }

  get instructions(): string | undefined {
    return this.#instructions
  }

  get closed(): boolean {
    return this.#closed
  }

  get pid(): number | undefined {
    return this.#pid()
  }

  /** Connects and negotiates; on failure everything is torn down and CONNECT_FAILED is thrown. */
  async open(connect: ConnectOptions, timeoutMs: number): Promise<void> {
    const deadline = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const cancel = this.#options.signal
    let cancelled: (() => void) | undefined
    const stopped = new Promise<never>((_, reject) => {
      const stop = (why: string) => {
        deadline.abort()
        reject(new Error(why))
      }
      timer = setTimeout(() => stop(`no answer within ${timeoutMs} ms`), timeoutMs)
      cancelled = () => stop('the connect was cancelled')
      if (cancel?.aborted) cancelled()
      else cancel?.addEventListener('abort', cancelled, { once: true })
    })
    const connecting = cancel?.aborted
      ? stopped
      : this.#client.connect(this.#transport, {
          ...connect,
          timeout: timeoutMs,
          signal: deadline.signal,
        })
    connecting.catch(() => undefined)
    try {
      await Promise.race([connecting, stopped])
      if (this.#client.transport === undefined) throw new Error('the upstream closed the session')
    } catch (error) {
      this.#closed = true
      // Closing the transport also ends a stdio era probe, so that no child is started after.
      await this.#transport.close().catch(() => undefined)
      await this.#shutdown()
      throw this.#connectError(error)
    } finally {
      clearTimeout(timer)
      if (cancelled) cancel?.removeEventListener('abort', cancelled)
    }
    this.#open = true
    this.#listenTimeoutMs = timeoutMs
    this.#describeServer()
    this.#listen(1000)
  }

  async request(
    method: string,
    params?: Record<string, unknown>,
    options: UpstreamRequestOptions = {},
  ): Promise<Record<string, unknown>> {
    if (this.#closed) throw this.#closedError()
    const { signal, onProgress } = options
    signal?.throwIfAborted()
    const timeout = options.timeoutMs ?? this.#options.requestTimeoutMs ?? 60_000
    // input_required results go back to the caller unless onRequest is there to answer them.
    const allowInputRequired = this.#options.inputRequired === 'return' || !this.#options.onRequest
    const headers = options.headers && callerHeaders(options.headers, this.#ownHeaders)
    if (allowInputRequired && method === 'tools/call' && this.#direct?.accepts(this.#era, params)) {
      return this.#directCall(this.#direct, params ?? {}, options, timeout, headers)
    }
    const requestOptions: RequestOptions = { timeout, allowInputRequired }
    if (signal !== undefined) requestOptions.signal = signal
    if (headers !== undefined) requestOptions.headers = headers
    let token: string | undefined
    let sent = params
    if (onProgress !== undefined || options.traceContext !== undefined) {
      const meta: Record<string, unknown> = {
        ...(isRecord(params?._meta) ? params._meta : {}),
        ...options.traceContext,
      }
      if (onProgress !== undefined) {
        token = `switchyard-${++this.#progressSeq}`
        this.#progress.set(token, onProgress)
        meta.progressToken = token
      }
      sent = { ...params, _meta: meta }
    }
    try {
      const request = sent === undefined ? { method } : { method, params: sent }
      return await this.#client.request(request, anyResultSchema, requestOptions)
    } catch (error) {
      signal?.throwIfAborted()
      throw this.#failure(error, method, timeout)
    } finally {
      if (token !== undefined) this.#progress.delete(token)
    }
  }

  async #directCall(
    direct: DirectCaller,
    params: Record<string, unknown>,
    options: UpstreamRequestOptions,
    timeoutMs: number,
    headers: Record<string, string> | undefined,
  ): Promise<Record<string, unknown>> {
    try {
      return await direct.call(params, options.inputSchema, {
        headers,
        protocolVersion: this.#era.protocolVersion,
        capabilities: this.#options.capabilities ?? {},
        timeoutMs,
        signal: options.signal,
        onProgress: options.onProgress,
        traceContext: options.traceContext,
        onNotification: (method, notified) =>
          method === 'notifications/message' && options.onLog !== undefined
            ? options.onLog(notified ?? {})
            : this.#options.onNotification?.(method, notified),
      })
    } catch (error) {
      options.signal?.throwIfAborted()
      throw this.#failure(error, 'tools/call', timeoutMs)
    }
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    if (this.#closed) throw this.#closedError()
    try {
      await this.#client.notification(params === undefined ? { method } : { method, params })
    } catch (error) {
      throw this.#failure(error, method, 0)
    }
  }

  async listAll(kind: UpstreamListKind): Promise<Record<string, unknown>[]> {
    const items = await listAll(kind, {
      request: (method, params) => this.request(method, params),
      capabilities: this.#capabilities,
      name: this.#name,
    })
    if (kind === 'tools') this.#direct?.learn(items)
    return items
  }

  watchResources(uris: readonly string[]): void {
    const before = new Set(this.#watched)
    this.#watched = [...new Set(uris)]
    const resources = this.#capabilities.resources
    if (!this.#open || this.#closed) return
    if (!isRecord(resources) || resources.subscribe !== true) return
    if (this.#era.era === 'legacy') return this.#subscribe(before)
    void this.#subscription?.close().catch(() => undefined)
    this.#subscription = undefined
    this.#listen(1000)
  }

  /**
   * A 2025-era upstream's watched resources, one `resources/subscribe` each, and an unsubscribe
   * for each it watched before and no longer does. One that fails is left unwatched.
   */
  #subscribe(before: ReadonlySet<string>): void {
    const now = new Set(this.#watched)
    const send = (method: string, uri: string) =>
      void this.request(method, { uri }).catch(() => undefined)
    for (const uri of now) if (!before.has(uri)) send('resources/subscribe', uri)
    for (const uri of before) if (!now.has(uri)) send('resources/unsubscribe', uri)
  }

  async ping(): Promise<void> {
    await this.request(this.#era.era === 'modern' ? 'server/discover' : 'ping')
  }

  close(): Promise<void> {
    if (this.#closing === undefined) {
      this.#closed = true
      this.#closing = this.#shutdown().then(() => this.#reportClose(undefined))
    }
    return this.#closing
  }

  #describeServer(): void {
    const client = this.#client
    const version = client.getNegotiatedProtocolVersion() ?? ''
    const discover = client.getDiscoverResult()
    this.#era =
      client.getProtocolEra() === 'modern'
        ? {
            era: 'modern',
            protocolVersion: version,
            ...(discover === undefined ? {} : { discover }),
          }
        : { era: 'legacy', protocolVersion: version }
    const info = client.getServerVersion()
    this.#serverInfo = info === undefined ? { name: 'unknown', version: 'unknown' } : { ...info }
    this.#capabilities = { ...client.getServerCapabilities() }
    this.#instructions = client.getInstructions()
  }

  /** Opens the 2026-era listen stream: list changes the upstream announces, and watched resources. */
  #listen(retryMs: number): void {
    if (this.#era.era !== 'modern' || this.#options.onNotification === undefined) return
    const filter: SubscriptionFilter = {}
    for (const [capability, key] of listChangedFilters) {
      const advertised = this.#capabilities[capability]
      if (isRecord(advertised) && advertised.listChanged === true) filter[key] = true
    }
    const resources = this.#capabilities.resources
    if (this.#watched.length > 0 && isRecord(resources) && resources.subscribe === true) {
      filter.resourceSubscriptions = [...this.#watched]
    }
    if (Object.keys(filter).length === 0) return
    const generation = ++this.#listenGeneration
    const again = (): void => {
      if (this.#closed || generation !== this.#listenGeneration) return
      const next = Math.min(retryMs * 2, maxRelistenDelayMs)
      setTimeout(() => this.#listen(next), retryMs).unref()
    }
    this.#client.listen(filter, { timeout: this.#listenTimeoutMs }).then(
      (subscription) => {
        if (this.#closed || generation !== this.#listenGeneration) {
          void subscription.close()
          return
        }
        this.#subscription = subscription
        void subscription.closed.then((how) => {
          if (how !== 'local') again()
        })
      },
      (error: unknown) => {
        if (!ProtocolError.isInstance(error)) again()
      },
    )
  }

  #endedRemotely(cause: Error | undefined): void {
    if (!this.#open || this.#closed) return
    this.#closed = true
    // told once the child is gone, so that its last stderr lines have been read
    const ended = () =>
      new UpstreamError('CLOSED', `${this.#name} ended the session${this.#stderrTold()}`, {
        cause: cause === undefined ? undefined : safeCause(cause, this.#secrets),
      })
    this.#closing = this.#shutdown().then(() => this.#reportClose(ended()))
  }

  async #shutdown(): Promise<void> {
    await this.#subscription?.close().catch(() => undefined)
    const pid = this.#pid()
    const killing = pid === undefined ? undefined : terminateProcessTree(pid, killGraceMs)
    await Promise.allSettled([killing, this.#endHttpSession().then(() => this.#client.close())])
  }

  async #endHttpSession(): Promise<void> {
    const transport = this.#transport
    if (
      !(transport instanceof StreamableHTTPClientTransport) ||
      transport.sessionId === undefined
    ) {
      return
    }
    let timer: NodeJS.Timeout | undefined
    const giveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 1000)
    })
    await Promise.race([transport.terminateSession().catch(() => undefined), giveUp])
    clearTimeout(timer)
  }

  #reportClose(error: UpstreamError | undefined): void {
    if (this.#closeReported) return
    this.#closeReported = true
    this.#options.onClose?.(error)
  }

  #closedError(): UpstreamError {
    return new UpstreamError('CLOSED', `${this.#name}: the session is closed`)
  }

  #connectError(error: unknown): UpstreamError {
    if (error instanceof UpstreamError && error.code === 'CONNECT_FAILED') return error
    const options: { cause: unknown; rpcCode?: number; data?: unknown } = {
      cause: safeCause(error, this.#secrets),
    }
    if (ProtocolError.isInstance(error)) {
      options.rpcCode = error.code
      if (error.data !== undefined) options.data = error.data
    }
    return new UpstreamError(
      'CONNECT_FAILED',
      `${this.#name} is unreachable: ${describeError(error, this.#secrets)}${this.#stderrTold()}`,
      options,
    )
  }

  #failure(error: unknown, method: string, timeout: number): UpstreamError {
    if (this.#sessionExpired(error)) this.#endedRemotely(error as Error)
    const mapped = toUpstreamError(error, this.#name, this.#secrets)
    if (this.#closed) return mapped.code === 'REMOTE' ? mapped : this.#closedError()
    if (mapped.code !== 'TIMEOUT') return mapped
    const message = `${this.#name}: no answer to ${method} within ${timeout} ms`
    return new UpstreamError('TIMEOUT', message, { cause: mapped.cause })
  }

  #sessionExpired(error: unknown): boolean {
    return (
      SdkHttpError.isInstance(error) &&
      error.status === 404 &&
      this.#transport instanceof StreamableHTTPClientTransport &&
      this.#transport.sessionId !== undefined
    )
  }
}
