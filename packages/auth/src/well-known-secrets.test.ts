import { describe, expect, it } from 'vitest'
import { WELL_KNOWN_DEV_SECRETS, isWellKnownSecret } from './well-known-secrets.js'

describe('WELL_KNOWN_DEV_SECRETS', () => {
  it('lists the defaults users bring from ContextForge and samples', () => {
    for (const secret of ['my-test-key', 'my-test-salt', 'changeme', 'dev-secret', 'secret']) {
      expect(WELL_KNOWN_DEV_SECRETS).toContain(secret)
    }
  })

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(WELL_KNOWN_DEV_SECRETS)).toBe(true)
  })
})

describe('isWellKnownSecret', () => {
  it('recognises every listed secret', () => {
    for (const secret of WELL_KNOWN_DEV_SECRETS) expect(isWellKnownSecret(secret)).toBe(true)
  })

  it('ignores case and surrounding spaces', () => {
    expect(isWellKnownSecret('  My-Test-Key ')).toBe(true)
    expect(isWellKnownSecret('CHANGEME')).toBe(true)
  })

  it('treats an empty or blank value as well known', () => {
    expect(isWellKnownSecret('')).toBe(true)
    expect(isWellKnownSecret('   ')).toBe(true)
  })

  it('accepts a real random secret', () => {
    expect(isWellKnownSecret('q3J8vYtq0m4yY7c1vJ1hJ9m8kq0Zr2xT')).toBe(false)
    expect(isWellKnownSecret('my-test-key-2')).toBe(false)
  })
})
