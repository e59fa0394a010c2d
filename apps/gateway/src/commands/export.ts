import { EXPORT_KINDS, exportRegistry, GatewayError, type ExportKind } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { withRegistry } from './with-registry.js'

/** Options of `switchyard export`. */
export interface ExportCommandOptions {
  /** Entity types to export, such as ['tools', 'gateways']; all when absent. */
  types?: string[]
}

/** Exports the registry as JSON text (secrets stay sealed). */
export async function exportCommand(
  config: GatewayConfig,
  options: ExportCommandOptions,
): Promise<string> {
  const unknown = (options.types ?? []).filter(
    (t) => !(EXPORT_KINDS as readonly string[]).includes(t),
  )
  if (unknown.length > 0) {
    throw new GatewayError(
      'VALIDATION_FAILED',
      `--types: unknown ${unknown.join(', ')}; use ${EXPORT_KINDS.join(', ')}`,
    )
  }
  const document = await withRegistry(config, (registry) =>
    exportRegistry(registry.context, {
      ...(options.types && { kinds: options.types as ExportKind[] }),
      exportedBy: 'switchyard export',
    }),
  )
  return `${JSON.stringify(document, null, 2)}\n`
}
