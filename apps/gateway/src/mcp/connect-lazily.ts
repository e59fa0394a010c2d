import type { UpstreamOptions, UpstreamSession } from '@switchyard/transports'

let loading: Promise<typeof import('./upstream-client.js')> | undefined

/**
 * Connects an upstream through the MCP SDK's client, imported on the first connect: a gateway with
 * no MCP upstream never loads it (about 3 MB of idle memory).
 */
export async function connectUpstreamLazily(options: UpstreamOptions): Promise<UpstreamSession> {
  const { connectUpstream } = await (loading ??= import('./upstream-client.js'))
  return connectUpstream(options)
}
