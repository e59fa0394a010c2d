import { promises as dns } from 'node:dns'
import { isIP } from 'node:net'
import type { UrlPolicy } from '@switchyard/core'
import type { GrpcTargetOptions } from '@switchyard/grpc-bridge'

const HOST_PORT = /^(?:dns:\/\/\/)?(\[[^\]]+\]|[^\s/:]+):(\d+)$/

/**
 * Resolves a `host:port` target and checks every address against the outbound URL policy, then
 * pins the channel to the checked address with the original name as `:authority` (and TLS name),
 * so the address connected to is the one checked. Throws FORBIDDEN_URL naming the rule. Targets
 * other than `host:port` (or `dns:///host:port`) are left as they are.
 */
export async function pinnedTarget(
  options: GrpcTargetOptions,
  policy: UrlPolicy | undefined,
): Promise<GrpcTargetOptions> {
  const match = HOST_PORT.exec(options.target)
  if (!policy || !match) return options
  const [, host = '', port = ''] = match
  policy.check(`http://${host}:${port}`)
  const bare = host.replace(/^\[|\]$/g, '')
  if (isIP(bare) !== 0) return options
  // A name that does not resolve is left to grpc-js, which reports it unreachable.
  const addresses = await dns.lookup(bare, { all: true }).catch(() => [])
  for (const { address } of addresses) policy.checkAddress(bare, address)
  const [first] = addresses
  if (!first) return options
  const address = first.family === 6 ? `[${first.address}]` : first.address
  return { ...options, target: `${address}:${port}`, authority: `${host}:${port}` }
}
