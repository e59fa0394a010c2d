import type { Services } from '../registry.js'
import type { ServiceContext } from '../services/context.js'

/** An upstream's OAuth state as an export carries it (sealed as one value). */
export interface OAuthTransfer {
  tokens: {
    user: string
    tokens: Record<string, unknown>
    expiresAt: string | null
    scopes: string | null
  }[]
  client?: unknown
  discovery?: unknown
}

/** Reads every upstream's OAuth state; gives the sealed transfer value of one upstream, or null. */
export async function exportOAuth(
  context: ServiceContext,
): Promise<(gatewayId: string) => string | null> {
  const { db } = context.store
  const { sealer } = context
  const [tokens, clients] = await Promise.all([
    db.selectFrom('oauth_tokens').selectAll().orderBy('user_email').execute(),
    db.selectFrom('oauth_clients').selectAll().execute(),
  ])
  const open = (value: string | null) =>
    value === null ? undefined : (JSON.parse(sealer.open(value)) as unknown)
  return (gatewayId) => {
    const client = clients.find((c) => c.gateway_id === gatewayId)
    const transfer: OAuthTransfer = {
      tokens: tokens
        .filter((t) => t.gateway_id === gatewayId)
        .map((t) => ({
          user: t.user_email,
          tokens: open(t.tokens_sealed) as Record<string, unknown>,
          expiresAt: t.expires_at,
          scopes: t.scopes,
        })),
      ...(client?.client_sealed && { client: open(client.client_sealed) }),
      ...(client?.discovery_sealed && { discovery: open(client.discovery_sealed) }),
    }
    if (transfer.tokens.length === 0 && !client) return null
    return sealer.seal(JSON.stringify(transfer))
  }
}

/** Stores an imported upstream's OAuth state under its (new or updated) id. */
export async function importOAuth(
  services: Services,
  gatewayId: string,
  transfer: OAuthTransfer,
): Promise<void> {
  for (const { user, tokens, expiresAt, scopes } of transfer.tokens)
    await services.oauth.save(gatewayId, user, tokens, { expiresAt, scopes })
  if (transfer.client !== undefined)
    await services.oauth.saveClient(gatewayId, { client: transfer.client })
  if (transfer.discovery !== undefined)
    await services.oauth.saveClient(gatewayId, { discovery: transfer.discovery })
}
