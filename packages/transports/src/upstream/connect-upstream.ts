import { Client } from '@modelcontextprotocol/client'
import type { ConnectOptions, DiscoverResult, PriorDiscovery } from '@modelcontextprotocol/client'
import { ClientSession } from './client-session.js'
import { createTransport } from './create-transport.js'
import { describeTarget } from './describe-target.js'
import type { UpstreamOptions } from './upstream-options.js'
import type { UpstreamSession } from './upstream-session.js'

const defaultClientInfo = { name: 'switchyard', version: '0.1.0' }

/** Opens an MCP session with an upstream, negotiating its era; rejects with CONNECT_FAILED. */
export async function connectUpstream(options: UpstreamOptions): Promise<UpstreamSession> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 15_000
  const negotiates = options.transport !== 'sse'
  const client = new Client(options.clientInfo ?? defaultClientInfo, {
    capabilities: options.capabilities ?? {},
    versionNegotiation: negotiates
      ? { mode: 'auto', probe: { timeoutMs: probeTimeout(options, connectTimeoutMs) } }
      : { mode: 'legacy' },
  })
  const { transport, pid, direct, stderrTold } = createTransport(options)
  const clientInfo = options.clientInfo ?? defaultClientInfo
  const session = new ClientSession({
    client,
    transport,
    pid,
    ...(stderrTold && { stderrTold }),
    options,
    name: describeTarget(options),
    direct: direct === undefined ? undefined : { ...direct, clientInfo },
  })
  const connect: ConnectOptions = {}
  const prior = negotiates ? toPrior(options) : undefined
  if (prior !== undefined) connect.prior = prior
  await session.open(connect, connectTimeoutMs)
  return session
}

function probeTimeout(options: UpstreamOptions, connectTimeoutMs: number): number {
  return options.transport === 'stdio'
    ? Math.max(1000, Math.floor(connectTimeoutMs / 2))
    : connectTimeoutMs
}

function toPrior({ prior }: UpstreamOptions): PriorDiscovery | undefined {
  if (prior?.era === 'legacy') return { kind: 'legacy' }
  if (prior?.era === 'modern' && prior.discover !== undefined) {
    return { kind: 'modern', discover: prior.discover as DiscoverResult }
  }
  return undefined
}
