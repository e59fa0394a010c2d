import { describe, expect, it } from 'vitest'
import { LogRing } from './log-ring.js'
import { scrubSecrets } from './scrub.js'

const line = (level: string, msg: string) => `${JSON.stringify({ time: Date.now(), level, msg })}\n`

describe('LogRing', () => {
  it('keeps the last records only and filters by least level and text', () => {
    const ring = new LogRing(3)
    for (const [level, msg] of [
      ['info', 'one'],
      ['warn', 'Two'],
      ['debug', 'three'],
      ['error', 'four two'],
    ])
      ring.push(line(level!, msg!))
    ring.push('not json\n')
    expect(ring.recent().map((r) => r.msg)).toEqual(['Two', 'three', 'four two'])
    expect(ring.recent({ level: 'warn', q: 'TWO' }).map((r) => r.msg)).toEqual(['Two', 'four two'])
  })

  it('searches the message and field values, not field names or JSON escaping', () => {
    const ring = new LogRing()
    const record = (msg: string, fields: object) =>
      `${JSON.stringify({ time: Date.now(), level: 'info', pid: 7, hostname: 'box', msg, ...fields })}\n`
    ring.push(record('called', { tool: 'say "hi"', upstream: { url: 'http://echo.test' } }))
    ring.push(record('started', { port: 4444 }))
    const found = (q: string) => ring.recent({ q }).map((r) => r.msg)
    expect(found('hostname')).toEqual([])
    expect(found('pid')).toEqual([])
    expect(found('say "hi"')).toEqual(['called'])
    expect(found('\\"')).toEqual([])
    expect(found('ECHO.test')).toEqual(['called'])
    expect(found('4444')).toEqual(['started'])
    expect(found('box')).toEqual(['called', 'started'])
  })

  it('delivers matching new records until unsubscribed', () => {
    const ring = new LogRing()
    const got: unknown[] = []
    const stop = ring.subscribe({ level: 'error' }, (r) => got.push(r.msg))
    ring.push(line('info', 'skipped'))
    ring.push(line('fatal', 'kept'))
    stop()
    ring.push(line('error', 'after'))
    expect(got).toEqual(['kept'])
  })

  it("keeps records in time order, and forwards only this process's", () => {
    const ring = new LogRing()
    const forwarded: string[] = []
    ring.forward((l) => forwarded.push(l))
    const at = (msg: string, time: number) => `${JSON.stringify({ time, level: 'info', msg })}\n`
    ring.push(at('own', 2_000))
    ring.receive(at('earlier elsewhere', 1_000))
    ring.receive(at('later elsewhere', 3_000))
    ring.push('not json\n')
    ring.receive('{"level": "info", "msg": "no time"}')
    expect(ring.recent().map((r) => r.msg)).toEqual(['earlier elsewhere', 'own', 'later elsewhere'])
    expect(forwarded).toEqual([at('own', 2_000)])
  })
})

describe('scrubSecrets', () => {
  it('masks Bearer values, URL passwords, key=value and JSON secrets', () => {
    const out = scrubSecrets(
      '{"msg":"Bearer abc.def to https://u:p4ss@h/x?token=t0k&x=1","apiKey":"k3y","name":"ok"}',
    )
    expect(out).toBe(
      '{"msg":"Bearer ***** to https://*****@h/x?token=*****&x=1","apiKey":"*****","name":"ok"}',
    )
  })

  it('masks a DPoP authorization and the private key kept with DPoP-bound tokens', () => {
    const out = scrubSecrets(
      '{"msg":"DPoP eyJ.abc sent","saved":{"dpop_jwk":{"kty":"EC","d":"s3cr3t","x":"1"},"n":1}}',
    )
    expect(out).toBe('{"msg":"DPoP ***** sent","saved":{"dpop_jwk":"*****","n":1}}')
  })
})
