import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { setTimeout as sleep } from 'node:timers/promises'
import WebSocket from 'ws'

/** The long-lived connections a client can hold open on a gateway. */
export const FACES = ['mcp', 'sse', 'ws', 'listen', 'logs'] as const
/**
 * `mcp`: a legacy session's GET stream of /mcp; `sse`: a legacy HTTP+SSE session of /sse;
 * `ws`: a session on /ws; `listen`: a 2026-era `subscriptions/listen` stream of /mcp (SDK client);
 * `logs`: /admin/logs/stream.
 */
export type Face = (typeof FACES)[number]

/** How the server ended a held connection; a WebSocket's close code and reason. */
export interface Ending {
  code?: number
  reason?: string
}

/** A connection a test holds open with one bearer token. */
export interface HeldStream {
  face: Face
  /** Settles when the server ends the connection. */
  ended: Promise<Ending>
  /** Whether the server has not ended it (yet). */
  isOpen(): boolean
  /**
   * The HTTP status of the client's next request with the same token: on the same session
   * (`mcp`, `sse`), or opening the same kind of connection again (`ws`, `listen`, `logs`).
   */
  again(): Promise<number>
  /** Closes it from the client's side. */
  close(): Promise<void>
}

const LEGACY = '2025-11-25'
const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: LEGACY,
    capabilities: {},
    clientInfo: { name: 'held-streams', version: '1.0.0' },
  },
}
const initialized = { jsonrpc: '2.0', method: 'notifications/initialized' }
const toolsList = { jsonrpc: '2.0', id: 2, method: 'tools/list' }

/** Opens a connection of `face` on the gateway at `baseUrl` with `token`; resolves once it is open. */
export async function holdStream(baseUrl: string, face: Face, token: string): Promise<HeldStream> {
  const authorization = `Bearer ${token}`
  switch (face) {
    case 'mcp':
      return legacyGetStream(baseUrl, authorization)
    case 'sse':
      return sseSession(baseUrl, authorization)
    case 'ws':
      return webSocket(baseUrl, authorization)
    case 'listen':
      return listenStream(baseUrl, authorization)
    case 'logs':
      return logStream(baseUrl, authorization)
  }
}

/** Reads `body` to its end in the background: `ended` settles then, `first` with its first event. */
function follow(face: Face, body: ReadableStream<Uint8Array>) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let open = true
  let firstEvent: (text: string) => void = () => undefined
  const first = new Promise<string>((resolve) => (firstEvent = resolve))
  let seen = ''
  const ended = (async (): Promise<Ending> => {
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return {}
        seen += value
        if (seen.includes('\n\n')) firstEvent(seen)
      }
    } catch {
      return {}
    } finally {
      open = false
      firstEvent(seen)
    }
  })()
  return {
    face,
    ended,
    first,
    isOpen: () => open,
    close: () => reader.cancel().catch(() => undefined),
  }
}

function mcpHeaders(authorization: string, sessionId?: string): Record<string, string> {
  return {
    authorization,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': LEGACY,
    ...(sessionId !== undefined && { 'mcp-session-id': sessionId }),
  }
}

async function legacyGetStream(baseUrl: string, authorization: string): Promise<HeldStream> {
  const post = (body: unknown, sessionId?: string) =>
    fetch(`${baseUrl}/mcp`, {
      method: 'POST',
      headers: mcpHeaders(authorization, sessionId),
      body: JSON.stringify(body),
    })
  const opened = await post(initialize)
  const sessionId = opened.headers.get('mcp-session-id')
  await opened.text()
  if (!opened.ok || sessionId === null) throw new Error(`initialize answered ${opened.status}`)
  const told = await post(initialized, sessionId)
  await told.text()
  const get = await fetch(`${baseUrl}/mcp`, {
    headers: { ...mcpHeaders(authorization, sessionId), accept: 'text/event-stream' },
  })
  if (get.status !== 200 || get.body === null) throw new Error(`GET answered ${get.status}`)
  return {
    ...follow('mcp', get.body),
    again: async () => {
      const res = await post(toolsList, sessionId)
      await res.text()
      return res.status
    },
  }
}

async function sseSession(baseUrl: string, authorization: string): Promise<HeldStream> {
  const res = await fetch(`${baseUrl}/sse`, {
    headers: { authorization, accept: 'text/event-stream' },
  })
  if (res.status !== 200 || res.body === null) throw new Error(`/sse answered ${res.status}`)
  const { first, ...held } = follow('sse', res.body)
  const endpoint = new URL(/^data: (.+)$/m.exec(await first)?.[1] ?? '', baseUrl)
  const message = async (body: unknown) => {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    await answer.text()
    return answer.status
  }
  if ((await message(initialize)) !== 202) throw new Error('/message refused initialize')
  return { ...held, again: () => message(toolsList) }
}

/** Opens /ws with `authorization`: the socket once open, or the status its upgrade was refused with. */
function connectWebSocket(baseUrl: string, authorization: string): Promise<WebSocket | number> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, 'mcp', {
    headers: { authorization },
  })
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('unexpected-response', (_request, response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    socket.on('error', reject)
  })
}

async function webSocket(baseUrl: string, authorization: string): Promise<HeldStream> {
  const socket = await connectWebSocket(baseUrl, authorization)
  if (typeof socket === 'number') throw new Error(`/ws answered ${socket}`)
  let open = true
  const ended = new Promise<Ending>((resolve) =>
    socket.once('close', (code, reason) => {
      open = false
      resolve({ code, reason: reason.toString() })
    }),
  )
  const ready = new Promise<void>((resolve) =>
    socket.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { id?: number }).id === 1) resolve()
    }),
  )
  socket.send(JSON.stringify(initialize))
  await ready
  socket.send(JSON.stringify(initialized))
  return {
    face: 'ws',
    ended,
    isOpen: () => open,
    again: async () => {
      const next = await connectWebSocket(baseUrl, authorization)
      if (typeof next === 'number') return next
      next.close()
      return 101
    },
    close: async () => {
      socket.close()
      await ended
    },
  }
}

async function listenStream(baseUrl: string, authorization: string): Promise<HeldStream> {
  const client = new Client(
    { name: 'held-streams', version: '1.0.0' },
    { versionNegotiation: { mode: { pin: '2026-07-28' } } },
  )
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
      requestInit: { headers: { authorization } },
    }),
  )
  const subscription = await client.listen({ toolsListChanged: true })
  let open = true
  const ended = subscription.closed.then((cause) => {
    open = false
    return { reason: cause }
  })
  return {
    face: 'listen',
    ended,
    isOpen: () => open,
    again: async () => {
      const res = await fetch(`${baseUrl}/mcp`, {
        method: 'POST',
        headers: {
          ...mcpHeaders(authorization),
          'mcp-protocol-version': '2026-07-28',
          'mcp-method': 'subscriptions/listen',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'subscriptions/listen', params: {} }),
      })
      await res.body?.cancel()
      return res.status
    },
    close: async () => {
      await subscription.close()
      await client.close()
    },
  }
}

async function logStream(baseUrl: string, authorization: string): Promise<HeldStream> {
  const open = () =>
    fetch(`${baseUrl}/admin/logs/stream?backlog=0`, {
      headers: { authorization, accept: 'text/event-stream' },
    })
  const res = await open()
  if (res.status !== 200 || res.body === null) throw new Error(`logs answered ${res.status}`)
  const { first, ...held } = follow('logs', res.body)
  await first
  return {
    ...held,
    again: async () => {
      const next = await open()
      await next.body?.cancel()
      return next.status
    },
  }
}

/** How long revocation may take to end a connection: seconds, not the 30 s principal cache. */
const PROMPTLY_MS = 3_000

/** How a held connection ended; rejects if it is still open after 3 s. */
export function endsPromptly(stream: HeldStream): Promise<Ending> {
  return Promise.race([
    stream.ended,
    sleep(PROMPTLY_MS).then(() => {
      throw new Error(`the ${stream.face} connection is still open after ${PROMPTLY_MS} ms`)
    }),
  ])
}
