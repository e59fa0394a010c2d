import { notFound } from '../errors.js'
import { federatedName } from '../names.js'
import type { ServiceContext } from './context.js'

/** The exposed name of a member: its own for a local one, prefixed with the upstream's slug otherwise. */
export async function exposedMemberName(
  context: ServiceContext,
  name: string,
  gatewayId: string | null | undefined,
): Promise<string> {
  if (!gatewayId) return name
  const gateway = await context.store.db
    .selectFrom('gateways')
    .select('slug')
    .where('id', '=', gatewayId)
    .executeTakeFirst()
  if (!gateway) throw notFound('gateway', gatewayId)
  return federatedName(gateway.slug, name, context.separator)
}
