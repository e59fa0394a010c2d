import { createTwoFilesPatch } from 'diff'
import type { PromptRevision } from '../schemas/prompt.js'

/** What changed between two revisions of a prompt. */
export interface PromptDiff {
  from: number
  to: number
  /** `title` where both versions kept one (a revision made before revisions kept titles has none). */
  changedFields: ('name' | 'title' | 'description' | 'template' | 'arguments')[]
  /** A unified diff of the template. */
  templatePatch: string
}

/** Compares two revisions field by field, with a unified diff of the template. */
export function diffRevisions(from: PromptRevision, to: PromptRevision): PromptDiff {
  const changedFields = (['name', 'title', 'description', 'template', 'arguments'] as const).filter(
    (field) =>
      (field !== 'title' || (from.title !== undefined && to.title !== undefined)) &&
      JSON.stringify(from[field]) !== JSON.stringify(to[field]),
  )
  const templatePatch = createTwoFilesPatch(
    `${from.name}@v${from.version}`,
    `${to.name}@v${to.version}`,
    from.template.endsWith('\n') ? from.template : `${from.template}\n`,
    to.template.endsWith('\n') ? to.template : `${to.template}\n`,
  )
  return { from: from.version, to: to.version, changedFields: [...changedFields], templatePatch }
}
