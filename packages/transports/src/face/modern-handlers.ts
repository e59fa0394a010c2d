import {
  createMcpHandler,
  type McpHttpHandler,
  type ServerEvent,
} from '@modelcontextprotocol/server'
import { createFaceServer } from './face-server.js'
import type { McpBackend } from './types.js'

/** How the modern side of a face serves requests. */
export interface ModernHandlersOptions {
  maxBodyBytes: number
  backendOf: (request: Request | undefined) => McpBackend | undefined
  onError: (error: unknown) => void
}

/** The stateless 2026-era side of a face: one SDK handler (and listen bus) per key. */
export class ModernHandlers {
  readonly #options: ModernHandlersOptions
  readonly #handlers = new Map<string, McpHttpHandler>()
  readonly #unknownMethod = new WeakSet<Request>()

  constructor(options: ModernHandlersOptions) {
    this.#options = options
  }

  /** Serves one modern POST whose backend `backendOf(request)` already knows. */
  async serve(key: string, request: Request, parsedBody: unknown): Promise<Response> {
    const response = await this.#handlerFor(key).fetch(request, { parsedBody })
    // SEP-2575: a method the server does not serve is HTTP 404; the SDK keeps handler errors on 200.
    return this.#unknownMethod.has(request) && response.status === 200
      ? new Response(response.body, { status: 404, headers: response.headers })
      : response
  }

  /** Publishes a change notification to the key's open `subscriptions/listen` streams. */
  broadcast(key: string, method: string, params?: Record<string, unknown>): void {
    const handler = this.#handlers.get(key)
    const event = handler === undefined ? undefined : changeEvent(method, params)
    if (event !== undefined) handler?.bus.publish(event)
  }

  /** Ends in-flight exchanges and listen streams. */
  async close(): Promise<void> {
    await Promise.all([...this.#handlers.values()].map((handler) => handler.close()))
    this.#handlers.clear()
  }

  #handlerFor(key: string): McpHttpHandler {
    let handler = this.#handlers.get(key)
    if (handler === undefined) {
      const { backendOf, onError } = this.#options
      handler = createMcpHandler(
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
        { legacy: 'reject', maxRequestBodySize: this.#options.maxBodyBytes, onerror: onError },
      )
      this.#handlers.set(key, handler)
    }
    return handler
  }
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
