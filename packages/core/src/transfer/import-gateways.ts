import { GatewayError } from '../errors.js'
import type { GatewayAuth } from '../schemas/common.js'
import { GatewayCreateSchema } from '../schemas/gateway.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'
import { importOAuth, type OAuthTransfer } from './oauth-transfer.js'

/** Gives the id of the gateway an entity names (imported or present), or null for none. */
export type GatewayIdOf = (name: string | null, path: string) => string | null

/** Writes the document's upstreams with their OAuth state; returns how to find a gateway's id. */
export async function importGateways(
  run: ImportRun,
  entities: ExportDocument['entities'],
): Promise<GatewayIdOf> {
  const { services, options, open } = run
  const gatewayIds = new Map<string, string>()
  for (const [index, g] of entities.gateways.entries()) {
    const step = run.plan('gateways', g.name, true)
    const fields = validated(
      GatewayCreateSchema,
      {
        name: step.key,
        description: g.description,
        url: open<string>(g.urlSealed, `entities.gateways.${index}.urlSealed`) ?? g.url,
        transport: g.transport,
        command: g.command,
        args: g.args,
        env:
          open<Record<string, string>>(g.envSealed, `entities.gateways.${index}.envSealed`) ?? {},
        cwd: g.cwd,
        auth: open<GatewayAuth>(g.authSealed, `entities.gateways.${index}.authSealed`) ?? {
          type: 'none' as const,
        },
        passthroughHeaders: g.passthroughHeaders,
        tags: g.tags,
        visibility: g.visibility,
        team: g.team,
      },
      `entities.gateways.${index}`,
    )
    if (step.action !== 'skip') options.guardGateway?.(fields)
    const id = await run.apply('gateways', index, step, services.gateways, fields, g.enabled)
    if (id) gatewayIds.set(g.name, id)
    const oauth = open<OAuthTransfer>(g.oauthSealed, `entities.gateways.${index}.oauthSealed`)
    if (id && oauth && step.action !== 'skip') await importOAuth(services, id, oauth)
  }

  return (name, path) => {
    if (name === null) return null
    const id = gatewayIds.get(name) ?? run.existing.gateways.get(name)
    if (!id)
      throw new GatewayError(
        'VALIDATION_FAILED',
        `${path} names gateway '${name}', which is neither imported nor present`,
      )
    return id
  }
}
