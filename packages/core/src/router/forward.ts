import {
  isUpstreamError,
  McpFaceError,
  type RequestContext,
  type UpstreamRequestOptions,
  type UpstreamSession,
} from '@switchyard/transports'
import { errorMappings, isGatewayError } from '../errors.js'
import type { InflightRequests } from './inflight.js'
import type { LogLevels } from './log-levels.js'
import type { BridgeRound, InputBridge } from './input-bridge.js'

/** What forwarding a client request upstream needs to know besides the request. */
export interface ForwarderOptions {
  /** The upstream a pooled session belongs to. */
  gatewayOf: (session: UpstreamSession) => string | undefined
  /** The caller headers an upstream is given (its `passthroughHeaders`). */
  passthroughOf?: (gatewayId: string) => readonly string[] | undefined
  inflight?: InflightRequests
  inputBridge?: InputBridge
  /** Which logs (`notifications/message`) each downstream session hears. */
  logLevels?: LogLevels
}

/**
 * What a tools/call adds: the tool's input schema (its `x-mcp-header` parameters become headers)
 * and its own deadline, which replaces the session's.
 */
export type ForwardCallOptions = Pick<UpstreamRequestOptions, 'inputSchema' | 'timeoutMs'>

/** Sends a client request to an upstream session and answers with the upstream's result. */
export type Forward = (
  session: UpstreamSession,
  method: string,
  params: Record<string, unknown>,
  context: RequestContext,
  call?: ForwardCallOptions,
) => Promise<Record<string, unknown>>

/** Methods whose 2026-era results may be input_required: where the bridge can carry a question. */
const BRIDGED = new Set(['tools/call', 'prompts/get', 'resources/read'])

/** The per-request `_meta` key of the client's capabilities in the 2026-07-28 era. */
const CLIENT_CAPABILITIES_META_KEY = 'io.modelcontextprotocol/clientCapabilities'

/**
 * A client request's params as the upstream gets them: with the answers and state of a multi
 * round-trip retry, and, for a 2026-era upstream (capabilities travel per request), what the
 * client behind the gateway can be asked for (so that the upstream's input_required results ask
 * only for that).
 */
function upstreamParams(
  session: UpstreamSession,
  params: Record<string, unknown>,
  context: RequestContext,
): Record<string, unknown> {
  const sent = { ...params }
  if (context.inputResponses !== undefined) sent.inputResponses = context.inputResponses
  if (context.requestState !== undefined) sent.requestState = context.requestState
  if (session.era.era === 'modern') {
    sent._meta = { [CLIENT_CAPABILITIES_META_KEY]: context.clientCapabilities ?? {} }
  }
  return sent
}

/** The 2026-era result `_meta` key naming the server that answered. */
const SERVER_INFO_META_KEY = 'io.modelcontextprotocol/serverInfo'

/** An upstream's result without the upstream's own name in `_meta`: the client talks to the gateway. */
function withoutUpstreamIdentity(result: Record<string, unknown>): Record<string, unknown> {
  const meta = result._meta
  if (meta === null || typeof meta !== 'object' || !(SERVER_INFO_META_KEY in meta)) return result
  const rest = except(meta, SERVER_INFO_META_KEY)
  const payload = except(result, '_meta')
  if (Object.keys(rest).length > 0) payload._meta = rest
  return payload
}

/**
 * A shallow copy without one key (cheaper in V8 than rest destructuring with an excluded key), and
 * without a `"__proto__"` key, which the assignment would take as the copy's prototype.
 */
function except(record: Record<string, unknown>, left: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const key in record) if (key !== left && key !== '__proto__') copy[key] = record[key]
  return copy
}

/** The caller's values of the headers an upstream is given, if it sent any. */
function passedOn(
  names: readonly string[] | undefined,
  headers: Headers | undefined,
): Record<string, string> | undefined {
  if (names === undefined || names.length === 0 || headers === undefined) return undefined
  let passed: Record<string, string> | undefined
  for (const name of names) {
    const value = headers.get(name)
    if (value !== null) (passed ??= {})[name] = value
  }
  return passed
}

/** The JSON-RPC error of a gateway or upstream failure; undefined for any other. */
function faceErrorOf(error: unknown): McpFaceError | undefined {
  if (isGatewayError(error)) return new McpFaceError(error.mapping.jsonRpc, error.message)
  if (!isUpstreamError(error)) return undefined
  if (error.code === 'REMOTE')
    return new McpFaceError(error.rpcCode ?? -32603, error.message, error.data)
  const code = error.code === 'TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_ERROR'
  return new McpFaceError(errorMappings[code].jsonRpc, error.message)
}

/**
 * A failure as the MCP client should see it: upstream JSON-RPC errors pass through unchanged. The
 * failure stays the face error's `cause`, for a caller that answers in another model (REST).
 */
export function asFaceError(error: unknown): unknown {
  const face = faceErrorOf(error)
  if (face === undefined) return error
  face.cause = error
  return face
}

/**
 * Sends requests upstream with the client's cancellation, progress, logs and multi round-trip
 * input wired through; an upstream's input_required result comes back as it is, for the face to
 * ask. A 2025-era upstream's own questions to a 2026-era client go through the input bridge.
 */
export function createForwarder(options: ForwarderOptions): Forward {
  const { inflight, inputBridge, logLevels } = options

  /**
   * Sends one request. `round` is the input bridge's (its context changes between rounds); without
   * it the client's context serves throughout. Progress is asked of the upstream only when the
   * client asked for it (a progressToken; without one, sendProgress does nothing).
   */
  async function send(
    session: UpstreamSession,
    method: string,
    params: Record<string, unknown>,
    context: RequestContext,
    round: BridgeRound | undefined,
    call: ForwardCallOptions | undefined,
  ): Promise<Record<string, unknown>> {
    const current = round === undefined ? () => context : () => round.current()
    /** A log from the upstream, to the client if its session hears that level. */
    const log = (params: Record<string, unknown> | undefined) => {
      const to = current()
      if (logLevels?.allows(to.sessionId, params?.level) ?? true)
        void to.sendNotification('notifications/message', params)
    }
    const gatewayId = options.gatewayOf(session)
    const end =
      gatewayId && inflight
        ? inflight.begin(
            gatewayId,
            (m, p) =>
              m === 'notifications/message' ? log(p) : void current().sendNotification(m, p),
            round?.ask ?? ((m, p, signal) => context.sendRequest(m, p, { signal })),
            current().sessionId,
          )
        : undefined
    const requestOptions: UpstreamRequestOptions = {
      signal: round === undefined ? context.signal : round.signal,
      onLog: log,
    }
    if (round !== undefined || context.meta?.progressToken !== undefined) {
      requestOptions.onProgress = (p) => void current().sendProgress(p.progress, p.total, p.message)
    }
    if (call?.inputSchema) requestOptions.inputSchema = call.inputSchema
    if (call?.timeoutMs !== undefined) requestOptions.timeoutMs = call.timeoutMs
    const { traceContext, httpHeaders } = current()
    if (traceContext) requestOptions.traceContext = traceContext
    const passed = gatewayId && passedOn(options.passthroughOf?.(gatewayId), httpHeaders)
    if (passed) requestOptions.headers = passed
    try {
      const result = await session.request(
        method,
        upstreamParams(session, params, current()),
        requestOptions,
      )
      return withoutUpstreamIdentity(result)
    } catch (error) {
      throw asFaceError(error)
    } finally {
      end?.()
    }
  }

  return (session, method, params, context, call) => {
    if (
      inputBridge !== undefined &&
      context.era === 'modern' &&
      session.era.era === 'legacy' &&
      BRIDGED.has(method)
    ) {
      return inputBridge.run(context, (round) =>
        send(session, method, params, context, round, call),
      )
    }
    return send(session, method, params, context, undefined, call)
  }
}
