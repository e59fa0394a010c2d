import { describe, expect, it } from 'vitest'
import { AuthError, isAuthError } from './auth-error.js'

describe('AuthError', () => {
  it('carries a code, a message and a name', () => {
    const error = new AuthError('INVALID_INPUT', 'sub must not be empty')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('AuthError')
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toBe('sub must not be empty')
    expect(error.cause).toBeUndefined()
  })

  it('keeps a cause when given one', () => {
    const cause = new Error('inner')
    expect(new AuthError('INVALID_TOKEN', 'bad', { cause }).cause).toBe(cause)
  })

  it('is recognised by isAuthError, with or without a code', () => {
    const error = new AuthError('SEAL_FAILED', 'nope')
    expect(isAuthError(error)).toBe(true)
    expect(isAuthError(error, 'SEAL_FAILED')).toBe(true)
    expect(isAuthError(error, 'INVALID_TOKEN')).toBe(false)
    expect(isAuthError(new Error('plain'))).toBe(false)
    expect(isAuthError({ code: 'SEAL_FAILED' })).toBe(false)
  })
})
