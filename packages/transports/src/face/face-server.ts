import {
  DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
  METHOD_NOT_FOUND,
  ProtocolError,
  SdkError,
  SdkErrorCode,
  Server,
  type Implementation,
  type JSONRPCRequest,
  type ServerContext,
  type StandardSchemaV1,
  type JsonSchemaValidator,
  type jsonSchemaValidator,
} from '@modelcontextprotocol/server'
import { McpFaceError, toWireError } from './errors.js'
import { fulfilInputRequired, isInputRequired } from './legacy-input-required.js'
import type { McpBackend, RequestContext, SendRequestOptions, SessionContext } from './types.js'

const SERVER_REQUEST_TIMEOUT_MS = 600_000

/** How a face's SDK server reaches its backend. */
export interface FaceServerOptions {
  /** The backend whose serverInfo, capabilities and instructions the server announces. */
  backend: McpBackend
  era: 'legacy' | 'modern'
  /** The backend resolved for the HTTP request a message came in; defaults to `backend`. */
  backendOf: (request: Request | undefined) => McpBackend | undefined
  /** false when related messages cannot ride the request's stream (legacy JSON responses). */
  relatedStreams: boolean
  /** Whether a dropped HTTP request aborts its handlers (no resumability). */
  abortOnDisconnect: boolean
  /** Set where the wire cannot carry server-to-client requests: `sendRequest` rejects with it. */
  refuseServerRequest?: (method: string) => McpFaceError
  /** Told of an HTTP request whose method the backend does not serve (-32601). */
  onMethodNotFound?: (request: Request) => void
  onError: (error: unknown) => void
}

/** The face never validates tool output itself; this avoids building an Ajv instance per server. */
const noValidation: jsonSchemaValidator = {
  getValidator<T>(): JsonSchemaValidator<T> {
    return (input) => ({ valid: true, data: input as T, errorMessage: undefined })
  },
}

const anyObject: StandardSchemaV1<unknown, Record<string, unknown>> = {
  '~standard': {
    version: 1,
    vendor: 'switchyard',
    validate: (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { value: value as Record<string, unknown> }
        : { issues: [{ message: 'The result must be an object' }] },
  },
}

/** A low-level SDK server that answers initialize/ping/discover and forwards the rest. */
export function createFaceServer(options: FaceServerOptions): Server {
  const { backend } = options
  const server = new Server(backend.serverInfo as Implementation, {
    capabilities: backend.capabilities,
    ...(backend.instructions !== undefined && { instructions: backend.instructions }),
    jsonSchemaValidator: noValidation,
  })
  // logging/setLevel belongs to the backend like every other method.
  server.removeRequestHandler('logging/setLevel')
  server.onerror = options.onError
  server.fallbackRequestHandler = async (request: JSONRPCRequest, ctx: ServerContext) => {
    const target = options.backendOf(ctx.http?.req) ?? backend
    const { _meta, ...params } = request.params ?? {}
    const context = requestContext(server, ctx, options)
    const handle = async (current: RequestContext) => {
      const result = await target.handle(
        request.method,
        request.params === undefined ? undefined : params,
        current,
      )
      if (typeof result !== 'object' || result === null || Array.isArray(result)) {
        throw new TypeError(`The backend answered ${request.method} with a non-object result`)
      }
      return result
    }
    try {
      const result = await handle(context)
      // The 2025-era wire has no input_required result: the face asks the client itself.
      return options.era === 'legacy' && isInputRequired(result)
        ? await fulfilInputRequired(request.method, result, context, handle)
        : result
    } catch (error) {
      const wire = toWireError(error, options.onError)
      const req = ctx.http?.req
      if (wire.code === METHOD_NOT_FOUND && req !== undefined) options.onMethodNotFound?.(req)
      throw wire
    }
  }
  return server
}

/** The session half of a context, read from the server's negotiated state. */
export function sessionContext(
  server: Server,
  era: 'legacy' | 'modern',
  sessionId: string | undefined,
): SessionContext {
  const clientInfo = server.getClientVersion()
  const clientCapabilities = server.getClientCapabilities()
  return {
    sessionId,
    era,
    protocolVersion: server.getNegotiatedProtocolVersion() ?? DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
    ...(clientInfo !== undefined && {
      clientInfo: { name: clientInfo.name, version: clientInfo.version },
    }),
    ...(clientCapabilities !== undefined && { clientCapabilities }),
  }
}

function requestContext(
  server: Server,
  ctx: ServerContext,
  options: FaceServerOptions,
): RequestContext {
  const disconnect = options.abortOnDisconnect ? ctx.http?.req?.signal : undefined
  const signal =
    disconnect === undefined ? ctx.mcpReq.signal : AbortSignal.any([ctx.mcpReq.signal, disconnect])
  const meta = ctx.mcpReq._meta as Record<string, unknown> | undefined
  const { inputResponses } = ctx.mcpReq
  const requestState: unknown = ctx.mcpReq.requestState()
  const progressToken = meta?.['progressToken'] as string | number | undefined
  const notify = async (method: string, params?: Record<string, unknown>): Promise<void> => {
    const notification = { method, ...(params !== undefined && { params }) }
    try {
      if (options.relatedStreams) await ctx.mcpReq.notify(notification)
      else await server.notification(notification)
    } catch (error) {
      options.onError(error)
    }
  }
  const request: Omit<RequestContext, keyof SessionContext> = {
    signal,
    requestId: ctx.mcpReq.id,
    meta,
    ...(inputResponses !== undefined && { inputResponses }),
    ...(typeof requestState === 'string' && { requestState }),
    ...(ctx.http?.req !== undefined && { httpHeaders: ctx.http.req.headers }),
    sendNotification: notify,
    sendProgress: (progress, total, message) =>
      progressToken === undefined
        ? Promise.resolve()
        : notify('notifications/progress', {
            progressToken,
            progress,
            ...(total !== undefined && { total }),
            ...(message !== undefined && { message }),
          }),
    sendRequest: (method, params, requestOptions) => {
      const refusal =
        options.era === 'modern'
          ? modernServerRequestError(method)
          : options.refuseServerRequest?.(method)
      return refusal === undefined
        ? legacyRequest(server, ctx, options, signal, method, params, requestOptions)
        : Promise.reject(refusal)
    },
  }
  // added to the fresh session context: on Node 20 keys after a leading spread cost microseconds
  return Object.assign(sessionContext(server, options.era, ctx.sessionId), request)
}

async function legacyRequest(
  server: Server,
  ctx: ServerContext,
  options: FaceServerOptions,
  signal: AbortSignal,
  method: string,
  params: Record<string, unknown> | undefined,
  requestOptions: SendRequestOptions | undefined,
): Promise<Record<string, unknown>> {
  const request = { method, ...(params !== undefined && { params }) }
  const sdkOptions = {
    signal:
      requestOptions?.signal === undefined
        ? signal
        : AbortSignal.any([signal, requestOptions.signal]),
    timeout: requestOptions?.timeoutMs ?? SERVER_REQUEST_TIMEOUT_MS,
    resetTimeoutOnProgress: true,
  }
  try {
    return options.relatedStreams
      ? await ctx.mcpReq.send(request, anyObject, sdkOptions)
      : await server.request(request, anyObject, sdkOptions)
  } catch (error) {
    throw clientError(error, sdkOptions.signal)
  }
}

/** The client's answer to a server-to-client request, or why there is none, as a McpFaceError. */
function clientError(error: unknown, signal: AbortSignal): McpFaceError {
  if (error instanceof ProtocolError) return new McpFaceError(error.code, error.message, error.data)
  if (signal.aborted) return new McpFaceError(-32800, 'The request to the client was cancelled')
  if (error instanceof SdkError && error.code === SdkErrorCode.RequestTimeout) {
    return new McpFaceError(-32001, 'The client did not answer in time', { reason: error.message })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new McpFaceError(-32603, `The request to the client failed: ${message}`)
}

function modernServerRequestError(method: string): McpFaceError {
  return new McpFaceError(
    -32603,
    `Server-to-client requests (${method}) are not available on protocol revision 2026-07-28; the input must be asked for with an input_required result`,
    { method, era: 'modern' },
  )
}
