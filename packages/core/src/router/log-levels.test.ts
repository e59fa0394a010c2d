import { describe, expect, it } from 'vitest'
import { createLogLevels } from './log-levels.js'

describe('log levels per downstream session', () => {
  it('tells upstreams the most verbose level asked for, and each session only its own', () => {
    const levels = createLogLevels()
    expect(levels.set('b', 'info')).toBe('info')
    expect(levels.set('a', 'emergency')).toBe('info')
    expect(levels.allows('a', 'error')).toBe(false)
    expect(levels.allows('a', 'emergency')).toBe(true)
    expect(levels.allows('b', 'info')).toBe(true)
    expect(levels.allows('b', 'debug')).toBe(false)
    // a session that set none hears all; a level no one knows is passed on
    expect(levels.allows('c', 'debug')).toBe(true)
    expect(levels.allows(undefined, 'debug')).toBe(true)
    expect(levels.allows('a', 'loud')).toBe(true)
    // a stateless request is told what it asked, but no quieter than the sessions
    expect(levels.set(undefined, 'alert')).toBe('info')
    expect(levels.set(undefined, 'debug')).toBe('debug')
    expect(levels.set('b', 'critical')).toBe('critical')
  })

  it('keeps the latest sessions only', () => {
    const levels = createLogLevels(2)
    levels.set('a', 'debug')
    levels.set('b', 'error')
    expect(levels.set('c', 'error')).toBe('error')
    expect(levels.allows('a', 'info')).toBe(true) // aged out: hears all again
  })
})
