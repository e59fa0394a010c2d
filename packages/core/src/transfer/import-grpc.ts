import { GatewayError } from '../errors.js'
import type { Services } from '../registry.js'
import type { GrpcTls } from '../schemas/grpc-service.js'
import type { Actor } from '../services/context.js'
import type { GrpcToolSpec } from '../services/grpc-tools-sync.js'
import type { ExportDocument } from './document.js'
import type { Step } from './import-run.js'

type Entities = ExportDocument['entities']

/** What the gRPC part of an import needs from the import around it. */
export interface GrpcImportContext {
  services: Services
  actor: Actor
  plan(key: string): Step
  open<T>(sealed: string | null, path: string): T | undefined
  count(action: 'created' | 'updated' | 'skipped'): void
}

/**
 * Writes the document's gRPC services with their methods (from the exported tools that name
 * them); returns each service's id by its exported name.
 */
export async function importGrpcServices(
  entities: Entities,
  io: GrpcImportContext,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const [index, g] of entities.grpcServices.entries()) {
    const step = io.plan(g.name)
    if (step.action === 'skip') {
      io.count('skipped')
      continue
    }
    const tools: GrpcToolSpec[] = entities.tools
      .filter((t) => t.grpcServiceName === g.name)
      .map((t) => ({
        name: t.originalName,
        description: t.description ?? '',
        inputSchema: t.inputSchema,
        outputSchema: t.outputSchema ?? { type: 'object' },
        method: t.integrationConfig,
      }))
    const path = `entities.grpcServices.${index}`
    const id = await io.services.grpc.restore(
      step.action === 'update' ? step.id : undefined,
      {
        name: step.key,
        description: g.description,
        target: g.target,
        tls: io.open<GrpcTls>(g.tlsSealed, `${path}.tlsSealed`) ?? null,
        metadata: io.open<Record<string, string>>(g.metadataSealed, `${path}.metadataSealed`) ?? {},
        timeoutMs: g.timeoutMs,
        passthroughHeaders: g.passthroughHeaders,
        services: g.services,
        descriptorSet: g.descriptorSet,
        tools,
        tags: g.tags,
        visibility: g.visibility,
        team: g.team,
      },
      io.actor,
    )
    io.count(step.action === 'update' ? 'updated' : 'created')
    if (!g.enabled) await io.services.grpc.setEnabled(id, false)
    ids.set(g.name, id)
  }
  return ids
}

/** The id of the tool an import wrote for one exported gRPC method. */
export async function grpcToolId(
  services: Services,
  serviceIds: ReadonlyMap<string, string>,
  tool: { grpcServiceName: string | null; originalName: string },
  path: string,
): Promise<string> {
  const serviceId = tool.grpcServiceName ? serviceIds.get(tool.grpcServiceName) : undefined
  if (!serviceId)
    throw new GatewayError(
      'VALIDATION_FAILED',
      `${path} names gRPC service '${tool.grpcServiceName}', which is not imported`,
    )
  const found = (await services.grpc.tools(serviceId)).find(
    (t) => t.originalName === tool.originalName,
  )
  if (!found)
    throw new GatewayError(
      'VALIDATION_FAILED',
      `${path}: no method ${tool.originalName} in its service`,
    )
  return found.id
}
