import type { InputBridge } from '@switchyard/core'
import { Agent } from 'undici'
import { createInputStates } from './input-state.js'
import { relayRequest, type RelayParts } from './relay-request.js'
import { createSessionDirectory } from './session-directory.js'
import { createSessionHop, HOP_HEADER } from './session-hop.js'

/**
 * Serves MCP requests of legacy sessions wherever they land, by relaying them to their owner, and
 * so too the 2026-era retries of calls another replica holds for them.
 */
export interface SessionRelay {
  /** Hand to a face's `onSession`: records the sessions this replica owns. */
  onSession: (sessionId: string, open: boolean) => void
  /**
   * Wraps a face's handler: a request of a session another replica owns is relayed there (its
   * body and answer streamed both ways), any other one is served here.
   */
  route(serve: Serve, sessionIdOf: (request: Request) => string | null, isLocal: IsLocal): Serve
  /**
   * Wraps the input bridge, whose calls wait in this process for their client's retry: the
   * requestStates it hands out name this replica.
   */
  bridge(inner: InputBridge): InputBridge
  /**
   * Hand to the streamable face's `resume`: a retry whose requestState names another replica is
   * relayed there; one naming this replica (or none) is served here.
   */
  resume: (request: Request, requestState: string, body: unknown) => Promise<Response | undefined>
  close(): Promise<void>
}

type Serve = (request: Request) => Promise<Response>
type IsLocal = (sessionId: string) => boolean

/** What createSessionRelay needs. */
export interface SessionRelayOptions {
  redisUrl: string
  /** Redis key prefix of the deployment. */
  prefix: string
  /** This replica's URL as the others reach it. */
  self: string
  /** The secret every replica shares, which signs relayed requests. */
  secret: string
  onError: (error: unknown) => void
}

/** The relay of a replica in cluster mode (REDIS_URL set). */
export function createSessionRelay(options: SessionRelayOptions): SessionRelay {
  const { self, onError } = options
  const directory = createSessionDirectory({
    redisUrl: options.redisUrl,
    prefix: options.prefix,
    self,
    onError,
  })
  const hop = createSessionHop(options.secret)
  const states = createInputStates(options.secret, self)
  // A relayed GET stream holds its connection as long as the client listens: no body timeout, and
  // no cap on connections per owner (a capped pool would queue POSTs behind open streams).
  const agent = new Agent({ bodyTimeout: 0, headersTimeout: 300_000 })
  const parts: RelayParts = { hop, agent, onError }
  return {
    onSession: (sessionId, open) =>
      open ? directory.opened(sessionId) : directory.closed(sessionId),
    route: (serve, sessionIdOf, isLocal) => async (request) => {
      const sessionId = sessionIdOf(request)
      const proof = request.headers.get(HOP_HEADER)
      // A relayed retry (no session) has its proof checked against its requestState by `resume`.
      if (proof !== null && sessionId !== null) {
        const valid = hop.verify(proof, request.method, new URL(request.url), sessionId)
        // A relayed request is served here and never relayed again (no loops).
        return valid ? serve(request) : forgedHop()
      }
      if (sessionId === null || isLocal(sessionId)) return serve(request)
      const owner = await directory.ownerOf(sessionId).catch((error: unknown) => {
        onError(error)
        return undefined
      })
      if (owner === undefined || owner === self) return serve(request)
      const target = { owner, subject: sessionId, body: request.body }
      const answer = await relayRequest(request, target, parts)
      if (answer) return answer
      // The owner is gone, and its sessions with it: 404 tells the client to initialize again.
      await directory.forget(sessionId, owner).catch(onError)
      return jsonRpcError(404, -32001, 'Session not found')
    },
    bridge: (inner) => ({
      async run(context, start) {
        const parked = context.requestState && states.open(context.requestState)
        const resumed =
          parked && parked.owner === self ? { ...context, requestState: parked.id } : context
        const result = await inner.run(resumed, start)
        const { resultType, requestState } = result
        return resultType === 'input_required' && typeof requestState === 'string'
          ? { ...result, requestState: states.seal(requestState) }
          : result
      },
      close: () => inner.close(),
    }),
    async resume(request, requestState, body) {
      const proof = request.headers.get(HOP_HEADER)
      if (proof !== null) {
        const valid = hop.verify(proof, request.method, new URL(request.url), requestState)
        return valid ? undefined : forgedHop()
      }
      const parked = states.open(requestState)
      if (parked === undefined || parked.owner === self) return undefined
      const target = { owner: parked.owner, subject: requestState, body: JSON.stringify(body) }
      const answer = await relayRequest(request, target, parts)
      if (answer) return answer
      const message =
        'Invalid params: the call this requestState resumes was held by another replica, which ' +
        'cannot be reached (it stopped or died): send the request again without requestState'
      return jsonRpcError(200, -32602, message, idOf(body))
    },
    async close() {
      await directory.close()
      await agent.close()
    },
  }
}

function idOf(body: unknown): string | number | null {
  const id = (body as { id?: unknown }).id
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

function jsonRpcError(
  status: number,
  code: number,
  message: string,
  id: string | number | null = null,
): Response {
  return Response.json({ jsonrpc: '2.0', id, error: { code, message } }, { status })
}

function forgedHop(): Response {
  return jsonRpcError(
    403,
    -32003,
    `Forbidden: the ${HOP_HEADER} header is reserved for requests relayed between replicas and this one is not valid`,
  )
}
