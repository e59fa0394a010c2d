import { BUILT_IN_ROLES, createSecretSealer } from '@switchyard/auth'
import { GatewayError, importRegistry, type ConflictStrategy } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { withRegistry } from './with-registry.js'

export type { ConflictStrategy } from '@switchyard/core'

/** Options of `switchyard import`. */
export interface ImportCommandOptions {
  conflict: ConflictStrategy
  dryRun: boolean
  /** AUTH_ENCRYPTION_SECRET of the gateway the export came from, to re-seal its secrets. */
  sourceSecret?: string
  /** Where the text came from, for messages (a file name, `stdin`); default `the import file`. */
  source?: string
}

/** Imports an export's JSON text (all or nothing) and returns a report to print. */
export async function importCommand(
  config: GatewayConfig,
  text: string,
  options: ImportCommandOptions,
): Promise<string> {
  const source = options.source ?? 'the import file'
  if (text.trim() === '') throw new GatewayError('MALFORMED_JSON', `${source} is empty`)
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw new GatewayError('MALFORMED_JSON', `${source} is not JSON: ${(error as Error).message}`)
  }
  const exporter = options.sourceSecret
    ? createSecretSealer({ secret: options.sourceSecret })
    : undefined
  const report = await withRegistry(config, async (registry) => {
    // Built-in roles are written at startup; a store never served yet (a restore) needs them too,
    // since assignments name them and the document does not carry them.
    await registry.roles.syncBuiltIns(BUILT_IN_ROLES)
    return importRegistry(registry.context, registry.passwords, document, {
      conflict: options.conflict,
      dryRun: options.dryRun,
      actor: { email: config.platformAdminEmail },
      ...(exporter && { openSealed: (sealed: string) => exporter.open(sealed) }),
    })
  })
  return `${JSON.stringify(report, null, 2)}\n`
}
