import { SSEClientTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import type { Transport } from '@modelcontextprotocol/client'
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio'
import type { StdioServerParameters } from '@modelcontextprotocol/client/stdio'
import { Readable } from 'node:stream'
import { describeTarget } from './describe-target.js'
import type { DirectTarget } from './direct-modern-call.js'
import { createLeanFetch } from './lean-fetch.js'
import { readLines } from './line-reader.js'
import { stderrTail } from './stderr-tail.js'
import { messageHeaders } from './message-headers.js'
import { UpstreamError } from './upstream-error.js'
import type { UpstreamOptions } from './upstream-options.js'
import { WebSocketClientTransport } from './websocket-client-transport.js'

/** An SDK transport for an upstream, plus the stdio child's pid once it has been spawned. */
export interface CreatedTransport {
  transport: Transport
  pid: () => number | undefined
  /** Stdio only: the child's last lines of stderr in words, to tell why it ended. */
  stderrTold?: () => string
  /** Streamable HTTP only: the URL, headers and fetch that direct calls go through. */
  direct?: Omit<DirectTarget, 'clientInfo'>
}

/** Builds the SDK transport an upstream's options ask for (nothing is opened yet). */
export function createTransport(options: UpstreamOptions): CreatedTransport {
  const none = (): undefined => undefined
  switch (options.transport) {
    case 'streamablehttp': {
      const { url, init } = httpTarget(options)
      const lean = createLeanFetch(options.lookup && { lookup: options.lookup })
      const fetch = options.wrapFetch ? options.wrapFetch(lean.fetch) : lean.fetch
      const transport = new StreamableHTTPClientTransport(url, { ...init, fetch })
      const headers = (init.requestInit?.headers ?? {}) as Record<string, string>
      return {
        transport: afterClose(transport, lean.close),
        pid: none,
        ...(!options.wrapFetch && { direct: { url, headers, post: lean.post } }),
      }
    }
    case 'sse': {
      const { url, init } = httpTarget(options)
      const lean = createLeanFetch(options.lookup && { lookup: options.lookup })
      // each message is a POST of its own, which takes the caller headers of its request
      const perMessage = messageHeaders(
        options.wrapFetch ? options.wrapFetch(lean.fetch) : lean.fetch,
      )
      const transport = new SSEClientTransport(url, { ...init, fetch: perMessage.fetch })
      return { transport: afterClose(perMessage.carry(transport), lean.close), pid: none }
    }
    case 'websocket': {
      const socketOptions = {
        ...(options.headers && { headers: options.headers }),
        ...(options.lookup && { lookup: options.lookup }),
        ...(options.wrapFetch && { wrapFetch: options.wrapFetch }),
      }
      return { transport: new WebSocketClientTransport(urlOf(options), socketOptions), pid: none }
    }
    case 'stdio':
      return createStdioTransport(options)
  }
}

/** Runs `after` once the transport has closed (releasing what it sent through). */
function afterClose<T extends Transport>(transport: T, after: () => void): T {
  const close = transport.close.bind(transport)
  transport.close = async () => {
    try {
      await close()
    } finally {
      after()
    }
  }
  return transport
}

function createStdioTransport(options: UpstreamOptions): CreatedTransport {
  if (options.command === undefined || options.command === '') {
    throw new UpstreamError('CONNECT_FAILED', 'stdio upstream: no command given')
  }
  const parameters: StdioServerParameters = {
    command: options.command,
    args: [...(options.args ?? [])],
    stderr: 'pipe',
  }
  if (options.env !== undefined) parameters.env = options.env
  if (options.cwd !== undefined) parameters.cwd = options.cwd
  const transport = new StdioClientTransport(parameters)
  const stderr = transport.stderr
  const tail = stderrTail(options)
  if (stderr instanceof Readable) {
    readLines(stderr, (line) => {
      options.onStderr?.(line)
      tail.add(line)
    })
  }
  let pid: number | undefined
  const start = transport.start.bind(transport)
  transport.start = async () => {
    await start()
    pid = transport.pid ?? undefined
  }
  return { transport, pid: () => pid, stderrTold: () => tail.told() }
}

function urlOf(options: UpstreamOptions): URL {
  try {
    return new URL(options.url ?? '')
  } catch {
    throw new UpstreamError('CONNECT_FAILED', `${describeTarget(options)}: the URL is not valid`)
  }
}

function httpTarget(options: UpstreamOptions): { url: URL; init: { requestInit?: RequestInit } } {
  const url = urlOf(options)
  const headers = { ...options.headers }
  if (url.username !== '' || url.password !== '') {
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
    const named = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')
    if (!named) headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`
    url.username = ''
    url.password = ''
  }
  return { url, init: Object.keys(headers).length === 0 ? {} : { requestInit: { headers } } }
}
