import { describe, expect, it } from 'vitest'
import { checkResolved } from './policy-lookup.js'
import { createUrlPolicy } from './url-policy.js'

describe('url policy: loopback and resolved addresses', () => {
  it('spares loopback from denyPrivate with allowLoopback, but not from deny rules', () => {
    const dev = createUrlPolicy({ denyPrivate: true, allowLoopback: true })
    expect(() => dev.check('http://localhost:4444/')).not.toThrow()
    expect(() => dev.checkAddress('localhost', '127.0.0.1')).not.toThrow()
    expect(() => dev.check('http://10.0.0.5/')).toThrow('denyPrivate (10.0.0.5 is private)')
    const strict = createUrlPolicy({
      denyPrivate: true,
      allowLoopback: true,
      deny: ['127.0.0.0/8'],
    })
    expect(() => strict.checkAddress('localhost', '127.0.0.1')).toThrow(
      "outbound address 127.0.0.1 of localhost is denied by the deny rule '127.0.0.0/8'",
    )
    const prod = createUrlPolicy({ denyPrivate: true })
    expect(() => prod.checkAddress('localhost', '127.0.0.1')).toThrow('denyPrivate')
  })

  it('checks what a name resolves to, so a URL naming localhost cannot hide 127.0.0.1', async () => {
    const policy = createUrlPolicy({ deny: ['127.0.0.0/8'] })
    expect(() => policy.check('http://localhost/')).not.toThrow()
    await expect(checkResolved(policy, 'http://localhost/')).rejects.toThrow(
      "outbound address 127.0.0.1 of localhost is denied by the deny rule '127.0.0.0/8'",
    )
    await expect(checkResolved(policy, 'http://no-such-host.invalid/')).resolves.toBeUndefined()
  })
})
