import { RoleCreateSchema, type Role, type RoleCreate } from '../schemas/role.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'

/** Whether a role already says what the document does (so updating it writes nothing). */
function sameRole(role: Role, fields: RoleCreate): boolean {
  const permissions = new Set(fields.permissions)
  return (
    role.scope === fields.scope &&
    role.description === (fields.description ?? null) &&
    role.permissions.length === permissions.size &&
    role.permissions.every((p) => permissions.has(p))
  )
}

/**
 * Writes the document's custom roles (matched by name; a role name cannot take a `-2`, so `rename`
 * keeps the target's role). A role the target already holds as the document says is skipped.
 */
export async function importRoles(
  run: ImportRun,
  entities: ExportDocument['entities'],
): Promise<void> {
  const { services, options, report } = run
  const roles = {
    create: async (fields: RoleCreate) => ({ id: (await services.roles.create(fields)).name }),
    update: (name: string, fields: RoleCreate) => services.roles.update(name, fields),
  }
  for (const [index, r] of entities.roles.entries()) {
    const step = run.plan('roles', r.name, false)
    const fields = validated(RoleCreateSchema, r, `entities.roles.${index}`)
    if (step.action === 'update' && sameRole(await services.roles.get(r.name), fields)) {
      report.skipped.roles += 1
      continue
    }
    if (step.action !== 'skip') options.guardAccess?.()
    await run.apply('roles', index, step, roles, fields, true)
  }
}
