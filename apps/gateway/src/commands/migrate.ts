import { openStore } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { prepareDataDir } from './data-dir.js'

/** Applies pending store migrations and reports what was done. */
export async function migrateCommand(config: GatewayConfig): Promise<string> {
  prepareDataDir(config)
  const store = await openStore({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    migrate: false,
  })
  try {
    const report = await store.migrate()
    const applied =
      report.applied.length > 0 ? `applied ${report.applied.join(', ')}` : 'nothing to apply'
    return `${store.location}: ${applied}; schema version ${report.current ?? 'none'}`
  } finally {
    await store.close()
  }
}
