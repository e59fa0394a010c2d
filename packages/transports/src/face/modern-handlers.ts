import {
  createMcpHandler,
  InMemoryServerEventBus,
  type McpHttpHandler,
  type ServerEvent,
  type ServerEventBus,
} from '@modelcontextprotocol/server'
import { createFaceServer } from './face-server.js'
import type { OwnerFilter } from './session-scope.js'
import type { McpBackend } from './types.js'

/** How the modern side of a face serves requests. */
export interface ModernHandlersOptions {
  maxBodyBytes: number
  backendOf: (request: Request | undefined) => McpBackend | undefined
  /** Who is behind a `subscriptions/listen` request (see the face's `sessionOwner`). */
  ownerOf: (request: Request) => string
  onError: (error: unknown) => void
}

/** The listen streams of one key and owner: an SDK handler of their own, on a bus of their own. */
interface Listeners {
  readonly handler: McpHttpHandler
  readonly bus: InMemoryServerEventBus
  /** Listen requests under way (their streams subscribe to the bus before the answer is given). */
  pending: number
}

/**
 * The stateless 2026-era side of a face: one SDK handler per key, and for `subscriptions/listen`
 * one per key and owner, so that broadcast can tell some owners' streams and not others.
 */
export class ModernHandlers {
  readonly #options: ModernHandlersOptions
  readonly #handlers = new Map<string, McpHttpHandler>()
  /** Per key, then per owner. */
  readonly #listeners = new Map<string, Map<string, Listeners>>()
  readonly #unknownMethod = new WeakSet<Request>()

  constructor(options: ModernHandlersOptions) {
    this.#options = options
  }

  /** Serves one modern POST whose backend `backendOf(request)` already knows. */
  async serve(key: string, request: Request, parsedBody: unknown): Promise<Response> {
    const response = isListen(parsedBody)
      ? await this.#listen(key, request, parsedBody)
      : await this.#handlerFor(key).fetch(request, { parsedBody })
    // SEP-2575: a method the server does not serve is HTTP 404; the SDK keeps handler errors on 200.
    return this.#unknownMethod.has(request) && response.status === 200
      ? new Response(response.body, { status: 404, headers: response.headers })
      : response
  }

  /** Publishes a change notification to the key's `subscriptions/listen` streams (of the owners `to` picks). */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void {
    const event = changeEvent(method, params)
    const owners = this.#listeners.get(key)
    if (event === undefined || owners === undefined) return
    this.#sweep(owners)
    if (owners.size === 0) this.#listeners.delete(key)
    for (const [owner, listeners] of owners) {
      if (to === undefined || to(owner)) listeners.bus.publish(event)
    }
  }

  /** Adds every key with a listen stream open or opening to `into`. */
  collectKeys(into: Set<string>): void {
    for (const [key, owners] of this.#listeners) {
      for (const { bus, pending } of owners.values()) {
        if (bus.listenerCount > 0 || pending > 0) {
          into.add(key)
          break
        }
      }
    }
  }

  /** Ends in-flight exchanges and listen streams. */
  async close(): Promise<void> {
    const listeners = [...this.#listeners.values()].flatMap((owners) => [...owners.values()])
    await Promise.all([
      ...[...this.#handlers.values()].map((handler) => handler.close()),
      ...listeners.map(({ handler }) => handler.close()),
    ])
    this.#handlers.clear()
    this.#listeners.clear()
  }

  async #listen(key: string, request: Request, parsedBody: unknown): Promise<Response> {
    const owner = this.#options.ownerOf(request)
    let owners = this.#listeners.get(key)
    if (owners === undefined) {
      owners = new Map()
      this.#listeners.set(key, owners)
    }
    let listeners = owners.get(owner)
    if (listeners === undefined) {
      this.#sweep(owners)
      const bus = new InMemoryServerEventBus(this.#options.onError)
      listeners = { handler: this.#createHandler(bus), bus, pending: 0 }
      owners.set(owner, listeners)
    }
    listeners.pending++
    try {
      return await listeners.handler.fetch(request, { parsedBody })
    } finally {
      listeners.pending--
    }
  }

  /** Forgets the owners with no stream open and none opening. */
  #sweep(owners: Map<string, Listeners>): void {
    for (const [owner, { bus, pending }] of owners) {
      if (bus.listenerCount === 0 && pending === 0) owners.delete(owner)
    }
  }

  #handlerFor(key: string): McpHttpHandler {
    let handler = this.#handlers.get(key)
    if (handler === undefined) {
      handler = this.#createHandler()
      this.#handlers.set(key, handler)
    }
    return handler
  }

  #createHandler(bus?: ServerEventBus): McpHttpHandler {
    const { backendOf, onError, maxBodyBytes } = this.#options
    return createMcpHandler(
      ({ requestInfo }) => {
        const backend = backendOf(requestInfo)
        if (backend === undefined) throw new Error('No backend was resolved for this request')
        return createFaceServer({
          backend,
          era: 'modern',
          backendOf,
          relatedStreams: true,
          abortOnDisconnect: true,
          onMethodNotFound: (request) => this.#unknownMethod.add(request),
          onError,
        })
      },
      {
        legacy: 'reject',
        maxRequestBodySize: maxBodyBytes,
        onerror: onError,
        ...(bus !== undefined && { bus }),
      },
    )
  }
}

function isListen(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { method?: unknown }).method === 'subscriptions/listen'
  )
}

function changeEvent(
  method: string,
  params: Record<string, unknown> | undefined,
): ServerEvent | undefined {
  const forwarded = params === undefined ? {} : { params }
  switch (method) {
    case 'notifications/tools/list_changed':
      return { kind: 'tools_list_changed', ...forwarded }
    case 'notifications/prompts/list_changed':
      return { kind: 'prompts_list_changed', ...forwarded }
    case 'notifications/resources/list_changed':
      return { kind: 'resources_list_changed', ...forwarded }
    case 'notifications/resources/updated':
      return typeof params?.['uri'] === 'string'
        ? { kind: 'resource_updated', uri: params['uri'], ...forwarded }
        : undefined
    default:
      return undefined
  }
}
