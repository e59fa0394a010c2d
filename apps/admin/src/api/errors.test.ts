import { describe, expect, it } from 'vitest'
import { ApiError, messageOf } from './errors'

describe('ApiError', () => {
  const error = new ApiError(422, 'VALIDATION_FAILED', 'invalid input', [
    { path: 'url', message: 'must be an absolute http(s):// URL' },
    { path: 'url', message: 'must be an absolute http(s):// URL' },
    { path: 'associatedTools.0', message: "no tool with id 'x'" },
  ])

  it('gives each field its messages, nested paths under their top-level field, once each', () => {
    expect(error.forField('url')).toBe('must be an absolute http(s):// URL')
    expect(error.forField('associatedTools')).toBe("no tool with id 'x'")
    expect(error.forField('name')).toBeUndefined()
  })

  it('gives a field only its own path when asked for exactly that', () => {
    expect(error.forField('associatedTools', { exact: true })).toBeUndefined()
    expect(error.forField('associatedTools.0', { exact: true })).toBe("no tool with id 'x'")
    expect(error.forField('url', { exact: true })).toBe('must be an absolute http(s):// URL')
  })

  it('keeps the status, code and the detail as its message', () => {
    expect([error.status, error.code, error.message]).toEqual([
      422,
      'VALIDATION_FAILED',
      'invalid input',
    ])
  })

  it('shows a message with an upper-case first letter, the rest as it was', () => {
    expect(messageOf(error)).toBe('Invalid input')
    expect(messageOf(new Error('wrong e-mail or password'))).toBe('Wrong e-mail or password')
    expect(messageOf('plain')).toBe('Plain')
    expect(messageOf('')).toBe('')
  })
})
