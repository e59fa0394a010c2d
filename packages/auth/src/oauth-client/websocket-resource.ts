import type { OAuthClientProvider } from '@modelcontextprotocol/client'
import type { Sdk } from './sdk.js'

const WEBSOCKET = /^ws(s?):/i

/**
 * Where an upstream's OAuth discovery and 401 challenge go: a WebSocket upstream (ws:, wss:) is
 * asked over the HTTP(S) of its handshake; any other URL as it is.
 */
export function httpUrlOf(serverUrl: string): string {
  return serverUrl.replace(WEBSOCKET, (_, secure: string) => `http${secure.toLowerCase()}:`)
}

/**
 * For a WebSocket upstream, the SDK's resource check with both schemes in view: the protected
 * resource metadata may name the server by its ws(s): URL or its http(s): twin, and the resource
 * indicator is the one it names. Undefined for any other upstream (the SDK's own check serves).
 */
export function webSocketResourceCheck(
  sdk: Sdk,
  serverUrl: string,
): OAuthClientProvider['validateResourceURL'] {
  if (!WEBSOCKET.test(serverUrl)) return undefined
  const check = (requested: string | URL, advertised: string | undefined) => {
    if (advertised === undefined) return undefined
    const allowed = sdk.checkResourceAllowed({
      requestedResource: requested,
      configuredResource: httpUrlOf(advertised),
    })
    if (!allowed)
      throw new Error(`Protected resource ${advertised} does not match expected ${serverUrl}`)
    return new URL(advertised)
  }
  return (requested, advertised) => new Promise((resolve) => resolve(check(requested, advertised)))
}
