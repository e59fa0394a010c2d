import type { Transport } from '@modelcontextprotocol/client'
import { resolveConnectOptions, type ConnectOptions } from './connect-options.js'
import { TranslateError } from './errors.js'
import {
  errorResponse,
  idAtEnds,
  invalidMessage,
  isId,
  isRequest,
  isResponse,
  parseMessages,
  serialize,
  type JsonRpcId,
  type JsonRpcMessage,
} from './json-rpc.js'
import { splitLines } from './line-splitter.js'
import {
  createRemoteTransport,
  describeFailure,
  describeOpenFailure,
  httpRefusalOf,
  probeHttp,
  sendFailure,
  withTimeout,
} from './remote-transport.js'

/** A remote MCP server bridged onto a pair of local streams. */
export interface StdioBridge {
  /** Resolves when the bridge has ended (the input ended, `close()`, or reconnects gave up). */
  readonly closed: Promise<void>
  /** Ends the bridge and the remote session. */
  close(): Promise<void>
}

const REINIT = 'switchyard-reinitialize-'

/**
 * Bridges a remote MCP server (SSE, streamable HTTP or WebSocket) to newline-delimited JSON-RPC on
 * a pair of streams, message for message. When the connection is lost it reconnects with backoff,
 * replays the client's `initialize` and carries on; requests that were in flight get a -32000
 * error, messages that could not be delivered are sent again. A request the server refuses with
 * an HTTP error (other than a lost session's 404) is answered with the server's JSON-RPC error.
 * Rejects with a {@link TranslateError} when the server cannot be reached at startup.
 */
export async function connectStdio(options: ConnectOptions): Promise<StdioBridge> {
  const { url, headers, input, output, logger, ...settings } = resolveConnectOptions(options)
  const { timeoutMs, reconnectDelayMs, maxReconnectDelayMs, connectTimeout, maxMessageBytes } =
    settings

  const pending = new Map<JsonRpcId, NodeJS.Timeout>()
  const queue: JsonRpcMessage[] = []
  const waiters = new Map<string, (message: JsonRpcMessage) => void>()
  let initialize: JsonRpcMessage | undefined
  let initialized = false
  /** Messages after an initialize wait for its answer: the session (and its id) starts with it. */
  let initializing: JsonRpcId | undefined
  const held: JsonRpcMessage[] = []
  let draining = false
  const drained = () => {
    if (draining && pending.size === 0 && held.length === 0) void close()
  }
  let transport: Transport | undefined
  let state: 'up' | 'down' | 'closed' = 'down'
  let reinitCount = 0
  /** Reconnects since the server was last heard from, and the wait before the next one. */
  let retries = 0
  let retryMs = 0
  let resolveClosed: () => void = () => undefined
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve))

  const write = (message: JsonRpcMessage) => {
    if (state !== 'closed') output.write(`${serialize(message)}\n`)
  }

  const fromRemote = (message: JsonRpcMessage) => {
    const waiter =
      isResponse(message) && typeof message.id === 'string' ? waiters.get(message.id) : undefined
    if (waiter !== undefined) return waiter(message)
    // The session works: a later loss is retried at once again.
    retries = 0
    retryMs = 0
    if (isResponse(message)) {
      const timer = pending.get(message.id)
      if (timer === undefined) return
      clearTimeout(timer)
      pending.delete(message.id)
      if (initialize !== undefined && message.id === initialize.id) noteVersion(message)
    }
    write(message)
    if (isResponse(message) && message.id === initializing) release()
    drained()
  }

  const release = () => {
    initializing = undefined
    for (const message of held.splice(0)) fromClient(message)
  }

  const noteVersion = (answer: JsonRpcMessage) => {
    const version = (answer.result as { protocolVersion?: unknown } | undefined)?.protocolVersion
    if (typeof version === 'string') transport?.setProtocolVersion?.(version)
  }

  /** Whether what `target` sends belongs to a session (SSE: always; streamable HTTP: once one began). */
  const hasSession = (target: Transport) =>
    options.transport !== 'streamablehttp' || target.sessionId !== undefined

  const open = async (): Promise<Transport> => {
    const created = createRemoteTransport(options.transport, url, headers)
    created.onmessage = (message) => fromRemote(message)
    created.onclose = () => {
      if (transport === created) lost('the server closed the connection')
    }
    created.onerror = (error) => {
      logger.debug(`transport: ${error.message}`)
      // An HTTP error the server answered with is handled by the send it failed.
      const answered = sendFailure(error, hasSession(created)) === 'refused'
      if (
        transport === created &&
        state === 'up' &&
        options.transport !== 'websocket' &&
        !answered
      ) {
        void check(created)
      }
    }
    await created.start()
    return created
  }

  /** After an HTTP transport error (WebSocket reports its close): a ping tells a lost session from a hiccup. */
  const check = async (suspect: Transport) => {
    const id = `${REINIT}ping-${++reinitCount}`
    const answered = new Promise<boolean>((resolve) => {
      waiters.set(id, () => resolve(true))
      setTimeout(() => resolve(false), 5000).unref()
    })
    const sent = suspect.send({ jsonrpc: '2.0', id, method: 'ping' }).then(
      () => true,
      () => false,
    )
    const ok = (await sent) && (await answered)
    waiters.delete(id)
    if (!ok && transport === suspect) lost('the server stopped answering')
  }

  const request = (target: Transport, message: JsonRpcMessage): Promise<JsonRpcMessage> => {
    const id = String(message.id)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(id)
        reject(new Error('no answer to initialize'))
      }, 10_000)
      waiters.set(id, (answer) => {
        clearTimeout(timer)
        waiters.delete(id)
        resolve(answer)
      })
      target.send(message as Parameters<Transport['send']>[0]).catch((error: unknown) => {
        clearTimeout(timer)
        waiters.delete(id)
        reject(error instanceof Error ? error : new Error(String(error)))
      })
    })
  }

  /**
   * Opens a new connection and restores the client's session on it. Only the first try after the
   * server was last heard from is at once: an open that sends nothing (streamable HTTP) cannot tell
   * a working server from one that fails every message, so every later try waits longer.
   */
  const reconnect = async () => {
    while (state === 'down') {
      if (retryMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, retryMs))
        if (state !== 'down') return
      }
      const attempt = ++retries
      retryMs = Math.min(Math.max(retryMs * 2, reconnectDelayMs), maxReconnectDelayMs)
      let next: Transport | undefined
      try {
        next = await open()
        // A client initialize still waiting in the queue is sent with it, not replayed.
        if (initialize !== undefined && !queue.includes(initialize)) {
          const replay = { ...initialize, id: `${REINIT}${++reinitCount}` }
          const answer = await request(next, replay)
          if (answer.error !== undefined) throw new Error('the server refused initialize')
          const version = (answer.result as { protocolVersion?: unknown }).protocolVersion
          if (typeof version === 'string') next.setProtocolVersion?.(version)
          const waiting = queue.some((message) => message.method === 'notifications/initialized')
          if (initialized && !waiting) {
            await next.send({ jsonrpc: '2.0', method: 'notifications/initialized' })
          }
        }
        if (state !== 'down') {
          await next.close()
          return
        }
        transport = next
        state = 'up'
        logger.info(`reconnected to ${url.href}`)
        for (const message of queue.splice(0)) forward(message)
        return
      } catch (error) {
        void next?.close().catch(() => undefined)
        const why = describeFailure(error)
        // The server is there and refuses the session: the requests waiting for it get its answer.
        if (httpRefusalOf(error) !== undefined) {
          for (const message of queue.splice(0)) {
            if (!isRequest(message)) queue.push(message)
            else if (pending.has(message.id)) refuse(message.id, error)
          }
          drained()
        }
        const max = options.maxReconnectAttempts
        if (max !== undefined && attempt >= max) {
          logger.error(`giving up on ${url.href} after ${attempt} attempts: ${why}`)
          await close()
          return
        }
        logger.warn(`reconnecting to ${url.href} (attempt ${attempt}): ${why}`)
      }
    }
  }

  const lost = (why: string) => {
    if (state !== 'up') return
    state = 'down'
    logger.warn(`lost the connection to ${url.href}: ${why}`)
    const old = transport
    transport = undefined
    if (old !== undefined) {
      old.onclose = undefined
      old.onerror = undefined
      void old.close().catch(() => undefined)
    }
    const queued = new Set(queue.filter(isRequest).map((message) => message.id))
    const retry = `The connection to the server was lost (${why}); retry the request`
    for (const id of pending.keys()) {
      if (!queued.has(id)) answerHere(id, errorResponse(id, -32000, retry))
    }
    drained()
    void reconnect()
  }

  /** Answers a waiting request with an error from the bridge; a failed initialize is forgotten. */
  const answerHere = (id: JsonRpcId, answer: JsonRpcMessage) => {
    clearTimeout(pending.get(id))
    pending.delete(id)
    write(answer)
    if (id === initializing) {
      // The client was told its initialize failed: nothing to replay, it will send another.
      initialize = undefined
      release()
    }
  }

  const forward = (message: JsonRpcMessage) => {
    const current = transport
    if (state !== 'up' || current === undefined) {
      queue.push(message)
      return
    }
    const hadSession = hasSession(current)
    current.send(message as Parameters<Transport['send']>[0]).catch((error: unknown) => {
      if (sendFailure(error, hadSession) === 'undelivered') {
        queue.push(message)
        if (transport === current) lost(describeFailure(error))
        return
      }
      const what = typeof message.method === 'string' ? message.method : 'a response'
      logger.warn(`could not send ${what}: ${describeFailure(error)}`)
      if (isRequest(message) && pending.has(message.id)) {
        refuse(message.id, error)
        drained()
      }
    })
  }

  /** Answers a waiting request with the server's refusal: its own JSON-RPC error when it sent one. */
  const refuse = (id: JsonRpcId, error: unknown) => {
    const rpc = httpRefusalOf(error)?.error
    const why = `The server did not take the request: ${describeFailure(error)}`
    answerHere(
      id,
      rpc === undefined
        ? errorResponse(id, -32603, why)
        : errorResponse(id, rpc.code, rpc.message, rpc.data),
    )
  }

  const fromClient = (message: JsonRpcMessage) => {
    if (initializing !== undefined) {
      held.push(message)
      return
    }
    if (isRequest(message)) {
      if (message.method === 'initialize') {
        initialize = message
        initializing = message.id
      }
      const { id } = message
      const timer = setTimeout(() => {
        pending.delete(id)
        write(errorResponse(id, -32001, `Request timed out after ${timeoutMs / 1000} s`))
        if (id === initializing) release()
        drained()
        const params = { requestId: id, reason: 'timed out' }
        forward({ jsonrpc: '2.0', method: 'notifications/cancelled', params })
      }, timeoutMs)
      pending.set(id, timer)
    } else if (message.method === 'notifications/initialized') {
      initialized = true
    } else if (message.method === 'notifications/cancelled') {
      const requestId = (message.params as { requestId?: unknown } | undefined)?.requestId
      if (isId(requestId)) {
        clearTimeout(pending.get(requestId))
        pending.delete(requestId)
      }
    }
    forward(message)
  }

  const close = async () => {
    if (state === 'closed') return
    state = 'closed'
    for (const timer of pending.values()) clearTimeout(timer)
    pending.clear()
    const current = transport
    transport = undefined
    if (current !== undefined) {
      current.onclose = undefined
      await (current as { terminateSession?: () => Promise<void> })
        .terminateSession?.()
        .catch(() => undefined)
      await current.close().catch(() => undefined)
    }
    resolveClosed()
  }

  if (options.transport === 'streamablehttp') {
    const problem = await probeHttp(url, headers, connectTimeout)
    if (problem !== undefined) {
      throw new TranslateError('CONNECT_FAILED', `cannot reach ${url.href}: ${problem}`)
    }
  }
  try {
    transport = await withTimeout(open(), connectTimeout)
  } catch (error) {
    const why = await describeOpenFailure(error, options.transport, url, headers)
    throw new TranslateError('CONNECT_FAILED', `cannot reach ${url.href}: ${why}`)
  }
  state = 'up'
  logger.info(`connected to ${url.href} (${options.transport})`)

  splitLines(
    input,
    (line) => {
      if (line.trim() === '') return
      const messages = parseMessages(line)
      if (messages === undefined) {
        write(errorResponse(null, -32700, 'Parse error: the line is not a JSON-RPC message'))
        return
      }
      for (const message of messages) {
        const refusal = invalidMessage(message)
        if (refusal === undefined) fromClient(message)
        else write(refusal)
      }
    },
    {
      maxBytes: maxMessageBytes,
      onOverflow: (bytes, ends) =>
        write(errorResponse(idAtEnds(ends), -32000, `The ${bytes}-byte message is too large`)),
    },
  )
  // The client stopped reading (it exited or closed our stdout): end, ending the remote session too.
  output.on('error', (error: Error) => {
    logger.info(`the client stopped reading (${error.message}); ending`)
    void close()
  })
  // Input ended: answers still owed are written first (each bounded by the request timeout).
  input.on('end', () => {
    draining = true
    drained()
  })
  return { closed, close }
}
