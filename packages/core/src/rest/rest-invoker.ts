import { setTimeout as sleep } from 'node:timers/promises'
import type { RequestContext } from '@switchyard/transports'
import type { CatalogTool } from '../catalog/catalog.js'
import { isGatewayError } from '../errors.js'
import { issueMessage } from '../schemas/issue-message.js'
import { sendFollowing } from './follow-redirects.js'
import {
  BrokenAnswerError,
  createHttpCaller,
  whereOf,
  type HttpAnswer,
  type HttpCaller,
} from './http-call.js'
import { createTokenCache } from './oauth-client-credentials.js'
import { pathParameters, RestConfigSchema, type RestConfig } from './rest-config.js'
import { buildRestRequest, RestArgumentError, type RestRequest } from './rest-request.js'
import { errorResult, toToolResult } from './rest-result.js'
import type { UrlPolicy } from './url-policy.js'

/** Calls a tool that is not an MCP upstream's with the client's arguments; answers a tool result. */
export type ToolInvoker = (
  tool: CatalogTool,
  args: Record<string, unknown>,
  context: RequestContext,
) => Promise<Record<string, unknown>>

/** What the REST invoker sends through. */
export interface RestInvokerOptions {
  /** Outbound URL rules, checked for every request and every resolved address. */
  urlPolicy?: UrlPolicy
  /** Default per-call timeout when a tool sets none; default 30 s. */
  timeoutMs?: number
  /** First retry wait (doubled each time, with full jitter); default 100 ms. */
  backoffMs?: number
}

/** The REST invoker, and a way to release its connections. */
export interface RestInvoker {
  invoke: ToolInvoker
  close(): void
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])
const RETRIED_STATUS = new Set([429, 502, 503, 504])
const MAX_WAIT_MS = 5_000
const configs = new WeakMap<CatalogTool, RestConfig>()

/** Creates the invoker of REST tools: auth, caller header passthrough, timeouts and retries. */
export function createRestInvoker(options: RestInvokerOptions = {}): RestInvoker {
  const http: HttpCaller = createHttpCaller(options.urlPolicy)
  const tokens = createTokenCache(http)
  const backoff = options.backoffMs ?? 100

  async function authorize(
    tool: CatalogTool,
    request: RestRequest,
    signal: AbortSignal,
    fresh = false,
  ) {
    const { auth } = tool
    switch (auth.type) {
      case 'basic':
        request.headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
        break
      case 'bearer':
        request.headers.authorization = `Bearer ${auth.token}`
        break
      case 'headers':
        for (const [name, value] of Object.entries(auth.headers))
          request.headers[name.toLowerCase()] = value
        break
      case 'oauth2':
        request.headers.authorization = `Bearer ${await tokens.token(auth, signal, fresh)}`
        break
      case 'none':
        break
    }
  }

  /**
   * Caller headers the tool forwards; `X-Upstream-Authorization` becomes `Authorization`. The
   * tool's own headers and credentials win over what a caller sends.
   */
  function passThrough(config: RestConfig, request: RestRequest, context: RequestContext) {
    for (const name of config.passthroughHeaders ?? ['X-Upstream-Authorization']) {
      const value = context.httpHeaders?.get(name)
      if (value === null || value === undefined) continue
      const lower = name.toLowerCase()
      const outbound = lower === 'x-upstream-authorization' ? 'authorization' : lower
      request.headers[outbound] ??= value
    }
  }

  async function invoke(tool: CatalogTool, args: Record<string, unknown>, context: RequestContext) {
    let config = configs.get(tool)
    if (config === undefined) {
      // stored before a check it now fails (an invalid responseFilter, say)
      const parsed = RestConfigSchema.safeParse(tool.integrationConfig, { error: issueMessage })
      if (!parsed.success) {
        const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
        return errorResult(
          `tool '${tool.name}' has an invalid integrationConfig: ${why.join('; ')}`,
        )
      }
      config = parsed.data
      configs.set(tool, config)
    }
    let request: RestRequest
    try {
      request = buildRestRequest(tool, config, args)
    } catch (error) {
      if (error instanceof RestArgumentError) return errorResult(error.message)
      // the tool's own URL was checked at registration: only its placeholders' values can break it
      const placeholders = pathParameters(tool.url ?? '').map((name) => `{${name}}`)
      const url = (error as { input?: unknown }).input
      return errorResult(
        `the arguments for ${placeholders.join(', ')} make an invalid URL: ${String(url ?? error)}`,
      )
    }
    // the call continues the request's trace
    if (context.traceContext) Object.assign(request.headers, context.traceContext)
    const timeoutMs = tool.timeoutMs ?? options.timeoutMs ?? 30_000
    const stop = new AbortController()
    const timer = setTimeout(() => stop.abort(new Error('timeout')), timeoutMs)
    const cancel = () => stop.abort(context.signal.reason)
    context.signal.addEventListener('abort', cancel, { once: true })
    try {
      return await attempts(tool, config, request, context, stop.signal, timeoutMs)
    } finally {
      clearTimeout(timer)
      context.signal.removeEventListener('abort', cancel)
    }
  }

  /** Sends the request, again after failures an idempotent method may retry. */
  async function attempts(
    tool: CatalogTool,
    config: RestConfig,
    request: RestRequest,
    context: RequestContext,
    signal: AbortSignal,
    timeoutMs: number,
  ): Promise<Record<string, unknown>> {
    const where = whereOf(request)
    const retries = IDEMPOTENT.has(request.method) ? (config.retries ?? 2) : 0
    let refreshed = false
    for (let attempt = 0; ; attempt++) {
      let answer: HttpAnswer
      try {
        passThrough(config, request, context)
        await authorize(tool, request, signal, refreshed)
      } catch (error) {
        context.signal.throwIfAborted()
        // only an OAuth token request fails here
        const from = tool.auth.type === 'oauth2' ? ` from ${tool.auth.tokenUrl}` : ''
        if (signal.aborted)
          return errorResult(`${where}: no access token${from} within ${timeoutMs} ms`)
        if (isGatewayError(error) && error.code === 'FORBIDDEN_URL') throw error
        const reason = error instanceof Error ? error.message : String(error)
        return errorResult(`${where} was not sent, for want of an access token: ${reason}`)
      }
      try {
        answer = await sendFollowing(http, { ...request, signal })
      } catch (error) {
        context.signal.throwIfAborted()
        if (signal.aborted) return errorResult(`${where}: no answer within ${timeoutMs} ms`)
        // A policy refusal is a denied request (JSON-RPC -32003), not a failed call.
        if (isGatewayError(error) && error.code === 'FORBIDDEN_URL') throw error
        if (isGatewayError(error)) return errorResult(error.message)
        const reason = error instanceof Error ? error.message : String(error)
        if (attempt >= retries) {
          const failed = error instanceof BrokenAnswerError ? '' : ' could not be reached:'
          return errorResult(`${where}${failed} ${reason}`)
        }
        await sleep(Math.random() * backoff * 2 ** attempt, undefined, { signal }).catch(
          () => undefined,
        )
        if (signal.aborted) break
        continue
      }
      if (answer.status === 401 && tool.auth.type === 'oauth2' && !refreshed) {
        refreshed = true
        continue
      }
      if (RETRIED_STATUS.has(answer.status) && attempt < retries) {
        const after = Number(answer.headers['retry-after'])
        const wait = Number.isFinite(after) ? after * 1000 : Math.random() * backoff * 2 ** attempt
        await sleep(Math.min(wait, MAX_WAIT_MS), undefined, { signal }).catch(() => undefined)
        if (signal.aborted) break
        continue
      }
      return toToolResult(tool, request, answer, config.responseFilter)
    }
    context.signal.throwIfAborted()
    return errorResult(`${where}: no answer within ${timeoutMs} ms`)
  }

  return { invoke, close: () => http.close() }
}
