import { describe, expect, it } from 'vitest'
import { bearerChallenge } from './bearer-challenge.js'
import { issuerMetadataUrls } from './issuer-discovery.js'
import {
  buildProtectedResourceMetadata,
  protectedResourceMetadataUrl,
} from './protected-resource-metadata.js'
import { DEFAULT_SCOPE_MAP, permissionsForScopes, scopesOfClaims } from './scope-map.js'

describe('protected resource metadata (RFC 9728)', () => {
  it('builds the document with header bearer tokens only', () => {
    expect(
      buildProtectedResourceMetadata({
        resource: 'https://gw.example/servers/a/mcp',
        authorizationServers: ['https://idp.example'],
        scopesSupported: ['mcp:tools'],
        resourceName: 'A',
      }),
    ).toEqual({
      resource: 'https://gw.example/servers/a/mcp',
      authorization_servers: ['https://idp.example'],
      scopes_supported: ['mcp:tools'],
      bearer_methods_supported: ['header'],
      resource_name: 'A',
    })
  })

  it('refuses a resource that is not an http(s) URL without fragment, or no server', () => {
    const build =
      (resource: string, authorizationServers = ['https://idp.example']) =>
      () =>
        buildProtectedResourceMetadata({ resource, authorizationServers })
    expect(build('servers/a/mcp')).toThrow("resource 'servers/a/mcp' is not an absolute URL")
    expect(build('ftp://gw/x')).toThrow(/must be an http\(s\) URL without a fragment/)
    expect(build('https://gw/x#frag')).toThrow(/without a fragment/)
    expect(build('https://gw/x', [])).toThrow(/at least one authorization server/)
  })

  it('places the metadata URL by inserting the well-known path', () => {
    expect(protectedResourceMetadataUrl('https://gw.example/servers/a/mcp')).toBe(
      'https://gw.example/.well-known/oauth-protected-resource/servers/a/mcp',
    )
    expect(protectedResourceMetadataUrl('http://127.0.0.1:4444/')).toBe(
      'http://127.0.0.1:4444/.well-known/oauth-protected-resource',
    )
  })
})

describe('bearerChallenge', () => {
  it('lists error, scope and resource_metadata as quoted strings', () => {
    expect(
      bearerChallenge({
        resourceMetadata: 'https://gw/.well-known/oauth-protected-resource/servers/a/mcp',
        error: 'insufficient_scope',
        scopes: ['mcp:tools', 'mcp:prompts'],
      }),
    ).toBe(
      'Bearer error="insufficient_scope", scope="mcp:tools mcp:prompts", resource_metadata="https://gw/.well-known/oauth-protected-resource/servers/a/mcp"',
    )
  })

  it('escapes quotes and backslashes in descriptions', () => {
    expect(
      bearerChallenge({ resourceMetadata: 'https://m', errorDescription: 'bad "x" \\ y\n' }),
    ).toBe('Bearer error_description="bad \\"x\\" \\\\ y ", resource_metadata="https://m"')
  })
})

describe('scopes', () => {
  it('reads scope strings, scp arrays and scp strings', () => {
    expect(scopesOfClaims({ scope: 'a  b a' })).toEqual(['a', 'b'])
    expect(scopesOfClaims({ scp: ['a', 7, 'b'] })).toEqual(['a', 'b'])
    expect(scopesOfClaims({ scp: 'a b' })).toEqual(['a', 'b'])
    expect(scopesOfClaims({ scope: 42 })).toEqual([])
  })

  it('maps scopes to permissions, ignoring unknown scopes', () => {
    expect(permissionsForScopes(['mcp:tools', 'openid'], DEFAULT_SCOPE_MAP)).toEqual([
      'tools.read',
      'tools.execute',
    ])
    expect(permissionsForScopes(['x'], { x: ['prompts.*'], y: ['*'] })).toEqual(['prompts.*'])
  })

  it('finds RFC 8414 and OpenID metadata URLs, with and without a path', () => {
    expect(issuerMetadataUrls('https://idp.example/realms/r1/')).toEqual([
      'https://idp.example/.well-known/oauth-authorization-server/realms/r1',
      'https://idp.example/realms/r1/.well-known/openid-configuration',
    ])
    expect(issuerMetadataUrls('https://idp.example')).toEqual([
      'https://idp.example/.well-known/oauth-authorization-server',
      'https://idp.example/.well-known/openid-configuration',
    ])
  })
})
