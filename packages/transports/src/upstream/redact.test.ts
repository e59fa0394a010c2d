import { describe, expect, it } from 'vitest'
import { describeTarget } from './describe-target.js'
import { redact, secretsOf } from './redact.js'

describe('describeTarget', () => {
  it('names the transport and a URL without credentials, query or fragment', () => {
    const url = 'https://user:pa55word@api.example.com:8443/mcp?key=abcd1234#frag'
    expect(describeTarget({ transport: 'streamablehttp', url })).toBe(
      'streamablehttp upstream https://api.example.com:8443/mcp',
    )
    expect(describeTarget({ transport: 'websocket', url: 'nonsense' })).toBe(
      'websocket upstream (invalid URL)',
    )
  })

  it('names a stdio command without its arguments', () => {
    expect(describeTarget({ transport: 'stdio', command: 'npx', args: ['--token', 'abcd'] })).toBe(
      'stdio upstream "npx"',
    )
  })

  it('names an upstream by its given name first, its transport and command or URL as detail', () => {
    const stdio = {
      transport: 'stdio',
      name: 'weather',
      command: 'npx',
      args: ['-y', 'w'],
    } as const
    expect(describeTarget(stdio)).toBe(`upstream 'weather' (stdio "npx")`)
    const url = 'https://user:pa55word@api.example.com/mcp?key=abcd1234'
    expect(describeTarget({ transport: 'sse', name: 'news', url })).toBe(
      `upstream 'news' (sse https://api.example.com/mcp)`,
    )
  })
})

describe('redact', () => {
  it('removes header values, URL credentials and query values', () => {
    const secrets = secretsOf({
      transport: 'sse',
      url: 'http://alice:pa55word@h/sse?token=t0k3n%2Fx',
      headers: { authorization: 'Bearer abcdef' },
    })
    const text = 'Bearer abcdef to http://alice:pa55word@h/sse?token=t0k3n%2Fx (t0k3n/x, pa55word)'
    const safe = redact(text, secrets)
    for (const secret of ['abcdef', 'pa55word', 't0k3n', 'alice'])
      expect(safe).not.toContain(secret)
  })

  it('ignores values too short to be secrets', () => {
    expect(secretsOf({ transport: 'sse', headers: { 'x-a': '1' } })).toEqual([])
  })
})
