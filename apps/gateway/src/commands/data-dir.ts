import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { GatewayError, sqliteFileFor } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { fileProblem } from './file-problem.js'

/**
 * Makes the folder of the embedded database file, one level at a time, before the store opens it:
 * Node 20's recursive mkdir spins for ever where a folder cannot be made (`/proc/x`). A folder that
 * cannot be made is an UNAVAILABLE error naming it and the setting that chose it.
 */
export function prepareDataDir(config: Pick<GatewayConfig, 'databaseUrl' | 'dataDir'>): void {
  const url = config.databaseUrl
  if (url !== undefined && url !== '' && !url.startsWith('sqlite:')) return
  const file = sqliteFileFor(url, config.dataDir)
  if (file === ':memory:') return
  const missing: string[] = []
  for (let folder = dirname(file); !existsSync(folder); folder = dirname(folder)) {
    missing.unshift(folder)
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      // Its parent is there (made just before): this file system makes no folders here.
      const why =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'folders cannot be made there'
          : fileProblem(error)
      const setting = url === undefined || url === '' ? 'SWITCHYARD_DATA_DIR' : 'DATABASE_URL'
      throw new GatewayError(
        'UNAVAILABLE',
        `cannot create the folder ${folder} for the database file (${setting}): ${why}`,
        { cause: error },
      )
    }
  }
}
