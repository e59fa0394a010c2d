import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderConfigDocs } from './docs.js'
import { ENV_VARS } from './env-vars.js'

const docsFile = new URL('../../../../docs/configuration.md', import.meta.url)

describe('renderConfigDocs', () => {
  const markdown = renderConfigDocs()

  it('has a title, a sentence and one table row per variable', () => {
    expect(markdown.startsWith('# Configuration\n')).toBe(true)
    expect(markdown).toContain('| Variable | Type | Default | Meaning |')
    for (const variable of ENV_VARS) {
      expect(markdown).toContain(`| \`${variable.name}\` | `)
    }
    expect(markdown).toContain('| `PORT` | integer 1-65535 | `4444` |')
    expect(markdown).toContain('| `DATABASE_URL` | URL | unset |')
  })

  it('is what docs/configuration.md holds', () => {
    const committed = existsSync(docsFile) ? readFileSync(docsFile, 'utf8') : '(missing)'
    expect(
      committed,
      'docs/configuration.md is stale or missing: run `pnpm --filter @switchyard/gateway build && pnpm --filter @switchyard/gateway docs:config`',
    ).toBe(markdown)
  })
})
