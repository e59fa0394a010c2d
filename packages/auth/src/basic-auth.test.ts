import { describe, expect, it } from 'vitest'
import { checkBasicCredentials, parseBasicAuthorization } from './basic-auth.js'

const basic = (pair: string) => `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`

describe('parseBasicAuthorization', () => {
  it('reads username and password', () => {
    expect(parseBasicAuthorization(basic('admin:changeme'))).toEqual({
      username: 'admin',
      password: 'changeme',
    })
  })

  it('splits at the first colon, so passwords may hold colons', () => {
    expect(parseBasicAuthorization(basic('admin:a:b:c'))).toEqual({
      username: 'admin',
      password: 'a:b:c',
    })
  })

  it('accepts empty parts, a lower-case scheme, extra spaces and UTF-8', () => {
    expect(parseBasicAuthorization(basic(':'))).toEqual({ username: '', password: '' })
    expect(parseBasicAuthorization(`basic   ${basic('a:b').slice(6)}  `)).toEqual({
      username: 'a',
      password: 'b',
    })
    expect(parseBasicAuthorization(basic('zoë:pässwörd'))).toEqual({
      username: 'zoë',
      password: 'pässwörd',
    })
  })

  it.each([
    ['no header', undefined],
    ['a null header', null],
    ['an empty header', ''],
    ['another scheme', 'Bearer abc.def.ghi'],
    ['no credentials', 'Basic'],
    ['no space after the scheme', `Basic${basic('a:b').slice(6)}`],
    ['no colon', basic('adminchangeme')],
    ['characters outside base64', 'Basic YWRt!W46Y2hhbmdlbWU='],
    ['base64url instead of base64', 'Basic _-_-'],
    ['a truncated value', 'Basic YWRtaW46Y2hhbmdlbWU'],
    ['two values', `${basic('a:b')} ${basic('c:d').slice(6)}`],
    ['invalid UTF-8', `Basic ${Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString('base64')}`],
  ])('returns undefined for %s', (_name, value) => {
    expect(parseBasicAuthorization(value)).toBeUndefined()
  })
})

describe('checkBasicCredentials', () => {
  const expected = { username: 'admin', password: 'changeme' }

  it('accepts the expected pair', () => {
    expect(checkBasicCredentials({ username: 'admin', password: 'changeme' }, expected)).toBe(true)
  })

  it.each([
    ['a wrong password', { username: 'admin', password: 'changeMe' }],
    ['a wrong username', { username: 'Admin', password: 'changeme' }],
    ['both wrong', { username: 'root', password: 'toor' }],
    ['a longer password', { username: 'admin', password: 'changeme!' }],
    ['a prefix of the password', { username: 'admin', password: 'change' }],
    ['empty values', { username: '', password: '' }],
    ['swapped parts', { username: 'changeme', password: 'admin' }],
  ])('refuses %s', (_name, given) => {
    expect(checkBasicCredentials(given, expected)).toBe(false)
  })

  it('works on what parseBasicAuthorization returns', () => {
    const given = parseBasicAuthorization(basic('admin:changeme'))
    expect(given !== undefined && checkBasicCredentials(given, expected)).toBe(true)
  })
})
