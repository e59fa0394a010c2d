import type { Services } from '../registry.js'
import type { ServiceContext } from '../services/context.js'
import type { PasswordHasher } from '../services/user-service.js'
import { validated } from '../services/validated.js'
import { inRegistryTransaction } from '../services/registry-transaction.js'
import { ExportDocumentSchema, type ExportDocument } from './document.js'
import { importA2aAgents } from './import-a2a.js'
import { importRoleAssignments, importTeamMembers } from './import-access.js'
import { importGateways } from './import-gateways.js'
import { importGrpcServices } from './import-grpc.js'
import { importPrompts } from './import-prompts.js'
import { importResources } from './import-resources.js'
import { importRoles } from './import-roles.js'
import { importRoots } from './import-roots.js'
import { emptyReport, startImportRun, type ImportOptions, type ImportReport } from './import-run.js'
import { importServers } from './import-servers.js'
import { importTeams, inTeams } from './import-teams.js'
import { importTools } from './import-tools.js'

export type { ConflictStrategy, ImportOptions, ImportReport } from './import-run.js'

class DryRunRollback extends Error {}

/** Imports an export document all-or-nothing: every entity is written, or none is. */
export async function importRegistry(
  context: ServiceContext,
  passwords: PasswordHasher,
  input: unknown,
  options: ImportOptions,
): Promise<ImportReport> {
  const document = validated(ExportDocumentSchema, input)
  const report = emptyReport(options.dryRun ?? false)
  const openSealed = options.openSealed ?? ((sealed: string) => context.sealer.open(sealed))
  try {
    await inRegistryTransaction(context, passwords, async (services, scoped) => {
      await writeAll(services, scoped, document, options, report, openSealed)
      if (report.dryRun) throw new DryRunRollback()
    })
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
  }
  return report
}

/** Writes every kind in dependency order: a kind names only kinds written before it. */
async function writeAll(
  services: Services,
  context: ServiceContext,
  document: ExportDocument,
  options: ImportOptions,
  report: ImportReport,
  openSealed: (sealed: string) => string,
): Promise<void> {
  const run = await startImportRun(
    services,
    context.store.db,
    document,
    options,
    report,
    openSealed,
  )
  const teams = await importTeams(run, document.entities)
  await importTeamMembers(run, document.entities, teams)
  await importRoles(run, document.entities)
  await importRoleAssignments(run, document.entities, teams)
  const entities = inTeams(document.entities, teams.ids)
  const gatewayId = await importGateways(run, entities)
  const grpcIds = await importGrpcServices(entities, {
    services,
    actor: options.actor,
    plan: (key) => run.plan('grpcServices', key, true),
    open: run.open,
    count: (action) => (report[action].grpcServices += 1),
  })
  const agents = await importA2aAgents(run, entities)
  const tools = await importTools(run, entities, gatewayId, grpcIds)
  const resources = await importResources(run, entities, gatewayId)
  const prompts = await importPrompts(run, entities, gatewayId)
  await importServers(run, entities, {
    tools: new Map([...agents.toolIds, ...tools]),
    resources,
    prompts,
    a2aAgents: agents.names,
  })
  await importRoots(run, entities)
}
