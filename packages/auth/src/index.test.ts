import { describe, expect, it } from 'vitest'
import * as auth from './index.js'

describe('@switchyard/auth', () => {
  it('exports exactly its public runtime contract', () => {
    expect(Object.keys(auth).sort()).toEqual([
      'AuthError',
      'BUILT_IN_ROLES',
      'DEFAULT_SCOPE_MAP',
      'EXTERNAL_JWT_ALGORITHMS',
      'MCP_PERMISSIONS',
      'REGISTRY_AREAS',
      'WELL_KNOWN_DEV_SECRETS',
      'authorize',
      'authorizeMcpEndpoint',
      'bearerChallenge',
      'buildProtectedResourceMetadata',
      'builtInRole',
      'checkBasicCredentials',
      'createExternalJwtVerifier',
      'createJwtSigner',
      'createJwtVerifier',
      'createMemoryOAuthStore',
      'createSecretSealer',
      'createUpstreamOAuth',
      'discoverJwksUri',
      'generateApiToken',
      'grantsOf',
      'hashApiToken',
      'hashPassword',
      'isAdminPrincipal',
      'isAuthError',
      'isChange',
      'isKnownPermission',
      'isPlatformAdmin',
      'isWellKnownSecret',
      'issuerMetadataUrls',
      'managesTeam',
      'parseBasicAuthorization',
      'peekIssuer',
      'permissionsForScopes',
      'permits',
      'protectedResourceMetadataUrl',
      'scopesOfClaims',
      'verifyPassword',
      'visibilityFilterFor',
    ])
  })

  it('signs, verifies, authorises and seals end to end', async () => {
    const options = {
      secret: 'an-end-to-end-secret-0123456789abcdef',
      issuer: 'sy',
      audience: 'sy-api',
    }
    const token = await auth
      .createJwtSigner(options)
      .sign({ sub: 'a@example.com', expiresInMinutes: 5, is_admin: false })
    const verified = await auth.createJwtVerifier(options).verify(token)
    const principal: auth.Principal = {
      kind: 'user',
      email: verified.sub,
      isAdmin: verified.claims.is_admin === true,
      teams: [],
    }
    expect(auth.authorize(principal, 'admin.users').allowed).toBe(false)
    const sealer = auth.createSecretSealer({ secret: options.secret })
    expect(sealer.open(sealer.seal(token))).toBe(token)
  })
})
