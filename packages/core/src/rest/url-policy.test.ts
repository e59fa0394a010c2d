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

describe('url policy: the allow list', () => {
  it('matches name rules on the host name, so an allowed name passes wherever it resolves', async () => {
    const policy = createUrlPolicy({ allow: ['localhost', '*.example.com'] })
    await expect(checkResolved(policy, 'http://localhost:5451/echo')).resolves.toBeUndefined()
    expect(() => policy.checkAddress('api.example.com', '10.1.2.3')).not.toThrow()
    expect(() => policy.check('http://example.com/')).toThrow('the allow list')
    expect(() => policy.check('http://127.0.0.1/')).toThrow(
      'outbound URL http://127.0.0.1 is denied by the allow list (localhost, *.example.com)',
    )
  })

  it('matches address and CIDR rules on literal and resolved addresses', async () => {
    const policy = createUrlPolicy({ allow: ['127.0.0.0/8', '::1'] })
    await expect(checkResolved(policy, 'http://localhost/')).resolves.toBeUndefined()
    expect(() => policy.check('http://[::1]/')).not.toThrow()
    expect(() => policy.checkAddress('rebound.test', '10.0.0.1')).toThrow(
      'outbound address 10.0.0.1 of rebound.test is denied by the allow list (127.0.0.0/8, ::1)',
    )
  })

  it('lets deny rules win over an allowed name', async () => {
    const policy = createUrlPolicy({ allow: ['localhost'], deny: ['127.0.0.0/8'] })
    await expect(checkResolved(policy, 'http://localhost/')).rejects.toThrow(
      "outbound address 127.0.0.1 of localhost is denied by the deny rule '127.0.0.0/8'",
    )
    const byName = createUrlPolicy({ allow: ['*.example.com'], deny: ['secret.example.com'] })
    expect(() => byName.check('https://secret.example.com/')).toThrow(
      "the deny rule 'secret.example.com'",
    )
  })
})
