import { lookup as dnsLookup, promises as dnsPromises } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { isGatewayError, type GatewayError } from '../errors.js'
import type { UrlPolicy } from './url-policy.js'

/**
 * A `lookup` for sockets (node:http agents, undici's connect, ws) that resolves as usual and
 * fails with the policy's FORBIDDEN_URL when any resolved address is denied, so that the address
 * connected to is the address checked (no DNS rebinding between check and connect).
 */
export function policyLookup(policy: UrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family)
      try {
        for (const entry of Array.isArray(address) ? address : [{ address }]) {
          policy.checkAddress(hostname, entry.address)
        }
      } catch (denied) {
        return callback(denied as NodeJS.ErrnoException, '', 0)
      }
      callback(null, address, family)
    })
  }
}

/**
 * Checks a URL and, for a host name, every address it resolves to now: an early refusal at
 * registration (connections are checked again by `policyLookup`). A name that does not resolve
 * passes; connecting to it fails later.
 */
export async function checkResolved(policy: UrlPolicy, url: string | URL): Promise<void> {
  policy.check(url)
  const host = (typeof url === 'string' ? new URL(url) : url).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) !== 0) return
  const addresses = await dnsPromises.lookup(host, { all: true }).catch(() => [])
  for (const { address } of addresses) policy.checkAddress(host, address)
}

/** The policy's FORBIDDEN_URL refusal in an error or its causes (a failed fetch or connect wraps it). */
export function outboundRefusal(error: unknown): GatewayError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 6; depth++) {
    if (isGatewayError(current) && current.code === 'FORBIDDEN_URL') return current
    current = current.cause
  }
  return undefined
}
