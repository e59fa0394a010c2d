import {
  isId,
  isRequest,
  isResponse,
  progressTokenOf,
  type JsonRpcId,
  type JsonRpcMessage,
} from './json-rpc.js'
import type { Logger } from './logger.js'
import type { LinkFactory, LinkHandlers, ServerLink } from './server-link.js'

/** A shared server and the link factory that gives each session its share of it. */
export interface SharedServer {
  link: LinkFactory
  /** Ends the shared server. */
  close(): Promise<void>
}

interface Member {
  handlers: LinkHandlers
  /** The member's own request ids to the ids they were sent with. */
  outbound: Map<JsonRpcId, number>
}

interface Outbound {
  member: Member
  id: JsonRpcId
  progressToken: JsonRpcId | undefined
}

/**
 * One server shared by every session: request ids (and progress tokens) are renumbered on the way
 * in and restored on the way out, so that answers and progress reach only the session that asked;
 * change notifications reach every session; a server-to-client request goes to the session whose
 * request is running (the most recent one), with its id renumbered both ways. The first session's
 * `initialize` is sent; later ones are answered with the same result.
 */
export function createSharedServer(
  spawnServer: (handlers: LinkHandlers) => ServerLink,
  logger: Logger,
  autoInitialize?: Record<string, unknown>,
): SharedServer {
  let server: ServerLink | undefined
  const members = new Set<Member>()
  const outbound = new Map<number, Outbound>()
  const inbound = new Map<string, { member: Member; id: JsonRpcId }>()
  let nextId = 1
  let nextInbound = 1
  let lastCaller: Member | undefined
  let initResult: unknown
  let initializing: number | undefined
  let initializedSent = false
  const waitingForInit: { member: Member; id: JsonRpcId }[] = []

  const fromServer = (message: JsonRpcMessage): void => {
    if (isResponse(message)) {
      if (message.id === initializing) {
        initializing = undefined
        if (message.result !== undefined) initResult = message.result
        for (const waiting of waitingForInit.splice(0)) {
          waiting.member.handlers.onMessage({ ...message, id: waiting.id })
        }
      }
      const target = outbound.get(Number(message.id))
      if (target === undefined) return
      outbound.delete(Number(message.id))
      target.member.outbound.delete(target.id)
      target.member.handlers.onMessage({ ...message, id: target.id })
      return
    }
    if (isRequest(message)) {
      const member = lastCaller !== undefined && members.has(lastCaller) ? lastCaller : first()
      if (member === undefined) return
      const id = `s${nextInbound++}`
      inbound.set(id, { member, id: message.id })
      member.handlers.onMessage({ ...message, id })
      return
    }
    const params = message.params as Record<string, unknown> | undefined
    if (message.method === 'notifications/progress' && params !== undefined) {
      const target = outbound.get(Number(params.progressToken))
      if (target?.progressToken !== undefined) {
        const restored = { ...params, progressToken: target.progressToken }
        target.member.handlers.onMessage({ ...message, params: restored })
      }
      return
    }
    for (const member of members) member.handlers.onMessage(message)
  }

  const first = (): Member | undefined => members.values().next().value

  const ensureServer = (): ServerLink => {
    server ??= spawnServer({
      onMessage: fromServer,
      onClose: (reason) => {
        server = undefined
        outbound.clear()
        inbound.clear()
        initResult = undefined
        initializing = undefined
        initializedSent = false
        waitingForInit.length = 0
        for (const member of [...members]) member.handlers.onClose(reason)
      },
    })
    return server
  }

  /** Initialises the server itself (stateless use), unless that is done or under way. */
  const initializeFirst = (target: ServerLink, params: Record<string, unknown>): void => {
    if (initResult !== undefined || initializing !== undefined) return
    initializing = nextId++
    target.send({ jsonrpc: '2.0', id: initializing, method: 'initialize', params })
    target.send({ jsonrpc: '2.0', method: 'notifications/initialized' })
    initializedSent = true
  }

  const fromMember = (member: Member, message: JsonRpcMessage): void => {
    const target = ensureServer()
    if (isRequest(message)) {
      if (message.method === 'initialize') {
        if (initResult !== undefined) {
          const answer = { jsonrpc: '2.0', id: message.id, result: initResult }
          queueMicrotask(() => member.handlers.onMessage(answer))
          return
        }
        if (initializing !== undefined) {
          waitingForInit.push({ member, id: message.id })
          return
        }
      }
      if (message.method !== 'initialize' && autoInitialize !== undefined) {
        initializeFirst(target, autoInitialize)
      }
      const id = nextId++
      if (message.method === 'initialize') initializing = id
      const progressToken = progressTokenOf(message)
      outbound.set(id, { member, id: message.id, progressToken })
      member.outbound.set(message.id, id)
      lastCaller = member
      target.send({ ...message, id, ...(progressToken !== undefined && withToken(message, id)) })
      return
    }
    if (isResponse(message)) {
      const origin = inbound.get(String(message.id))
      if (origin === undefined) return
      inbound.delete(String(message.id))
      target.send({ ...message, id: origin.id })
      return
    }
    if (message.method === 'notifications/initialized') {
      if (initializedSent) return
      initializedSent = true
    }
    if (message.method === 'notifications/cancelled') {
      const params = message.params as { requestId?: unknown } | undefined
      const id = isId(params?.requestId) ? member.outbound.get(params.requestId) : undefined
      if (id === undefined) return
      target.send({ ...message, params: { ...params, requestId: id } })
      return
    }
    target.send(message)
  }

  return {
    link(handlers) {
      const member: Member = { handlers, outbound: new Map() }
      members.add(member)
      logger.debug(`shared server: ${members.size} session(s)`)
      return {
        send: (message) => fromMember(member, message),
        close: () => {
          members.delete(member)
          for (const [clientId, id] of member.outbound) {
            outbound.delete(id)
            const params = { requestId: id, reason: 'The client session ended' }
            server?.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params })
            member.outbound.delete(clientId)
          }
          for (const [id, origin] of inbound) if (origin.member === member) inbound.delete(id)
          return Promise.resolve()
        },
      }
    },
    async close() {
      const current = server
      server = undefined
      await current?.close()
    },
  }
}

function withToken(message: JsonRpcMessage, token: number): { params: Record<string, unknown> } {
  const params = message.params as Record<string, unknown>
  const meta = params._meta as Record<string, unknown>
  return { params: { ...params, _meta: { ...meta, progressToken: token } } }
}
