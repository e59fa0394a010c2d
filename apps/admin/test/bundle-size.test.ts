import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const LIMIT = 300 * 1024

describe('the built SPA', () => {
  it('loads under 300 KB of JavaScript (gzipped) on first visit, all from its own origin', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
    ]
      .map((match) => match[1] ?? '')
      .filter(Boolean)
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.every((src) => src.startsWith('/admin/assets/'))).toBe(true)
    const gzipped = scripts
      .map((src) => gzipSync(readFileSync(join(dist, src.replace('/admin/', '')))).length)
      .reduce((sum, size) => sum + size, 0)
    console.log(`initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped (limit 300 KB)`)
    expect(gzipped).toBeLessThan(LIMIT)
  })
})
