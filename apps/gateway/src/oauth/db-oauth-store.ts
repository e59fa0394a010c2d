import type { UpstreamOAuthStore, UpstreamTokens } from '@switchyard/auth'
import type { Registry } from '@switchyard/core'

/** One upstream's OAuth state for one user ('' for the shared credential), in the database, sealed. */
export function dbOAuthStore(
  registry: Registry,
  gatewayId: string,
  user: string,
): UpstreamOAuthStore {
  const { oauth } = registry
  return {
    async tokens() {
      return (await oauth.get(gatewayId, user))?.tokens as UpstreamTokens | undefined
    },
    async saveTokens(tokens) {
      await oauth.save(gatewayId, user, tokens, {
        expiresAt:
          tokens.expires_at === undefined ? null : new Date(tokens.expires_at).toISOString(),
        scopes: tokens.scope ?? null,
      })
    },
    async forgetTokens() {
      await oauth.forget(gatewayId, user)
    },
    async clientInformation() {
      return ((await oauth.client(gatewayId)).client ?? undefined) as Awaited<
        ReturnType<UpstreamOAuthStore['clientInformation']>
      >
    },
    saveClientInformation: (client) => oauth.saveClient(gatewayId, { client: client ?? null }),
    async discoveryState() {
      return ((await oauth.client(gatewayId)).discovery ?? undefined) as Awaited<
        ReturnType<UpstreamOAuthStore['discoveryState']>
      >
    },
    saveDiscoveryState: (discovery) =>
      oauth.saveClient(gatewayId, { discovery: discovery ?? null }),
  }
}
