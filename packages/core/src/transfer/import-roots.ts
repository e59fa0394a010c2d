import { RootCreateSchema } from '../schemas/root.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'

/** Writes the document's roots. */
export async function importRoots(
  run: ImportRun,
  entities: ExportDocument['entities'],
): Promise<void> {
  for (const [index, root] of entities.roots.entries()) {
    const step = run.plan('roots', root.uri, false)
    const fields = validated(RootCreateSchema, root, `entities.roots.${index}`)
    await run.apply('roots', index, step, run.services.roots, fields, true)
  }
}
