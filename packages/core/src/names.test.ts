import { describe, expect, it } from 'vitest'
import { slugify } from './names.js'

describe('slugify', () => {
  it('keeps a-z and 0-9, folding accents and joining the rest with single dashes', () => {
    expect(slugify('Demo API')).toBe('demo-api')
    expect(slugify('  Café — Crème 2 ')).toBe('cafe-creme-2')
  })

  it('gives names with letters it cannot keep a stable hash, so they do not collide', () => {
    const tokyo = slugify('東京チーム')
    const team = slugify('Команда')
    expect(tokyo).toMatch(/^[0-9a-f]{8}$/)
    expect(team).toMatch(/^[0-9a-f]{8}$/)
    expect(team).not.toBe(tokyo)
    expect(slugify('東京チーム')).toBe(tokyo)
    expect(slugify('東京 API')).toMatch(/^api-[0-9a-f]{8}$/)
    expect(slugify('東京 API')).not.toBe(slugify('大阪 API'))
    expect(slugify('!!!')).toMatch(/^[0-9a-f]{8}$/)
  })
})
