export { AuthError, isAuthError, type AuthErrorCode, type AuthErrorOptions } from './auth-error.js'
export type { JwtAlgorithm } from './jwt-key.js'
export {
  createJwtSigner,
  type JwtClaimsInput,
  type JwtSigner,
  type JwtSignerOptions,
} from './jwt-signer.js'
export {
  createJwtVerifier,
  type JwtVerifier,
  type JwtVerifierOptions,
  type VerifiedToken,
} from './jwt-verifier.js'
export { WELL_KNOWN_DEV_SECRETS, isWellKnownSecret } from './well-known-secrets.js'
export { hashPassword, verifyPassword } from './password.js'
export { generateApiToken, hashApiToken, type GeneratedApiToken } from './api-token.js'
export {
  checkBasicCredentials,
  parseBasicAuthorization,
  type BasicCredentials,
} from './basic-auth.js'
export { createSecretSealer, type SecretSealer, type SecretSealerOptions } from './secret-sealer.js'
export {
  isAdminPrincipal,
  type Owned,
  type Principal,
  type RoleGrant,
  type Visibility,
} from './principal.js'
export {
  authorize,
  grantsOf,
  isPlatformAdmin,
  managesTeam,
  type Authorization,
  type AuthorizeOptions,
} from './rbac/authorize.js'
export { BUILT_IN_ROLES, builtInRole, type RoleDefinition } from './rbac/built-in-roles.js'
export { authorizeMcpEndpoint, MCP_PERMISSIONS } from './rbac/mcp-access.js'
export { isChange, isKnownPermission, permits, REGISTRY_AREAS } from './rbac/permissions.js'
export { visibilityFilterFor, type VisibilityFilter } from './visibility-filter.js'
export {
  buildProtectedResourceMetadata,
  protectedResourceMetadataUrl,
  type ProtectedResourceMetadata,
  type ProtectedResourceMetadataOptions,
} from './resource-server/protected-resource-metadata.js'
export { bearerChallenge, type BearerChallengeOptions } from './resource-server/bearer-challenge.js'
export {
  DEFAULT_SCOPE_MAP,
  permissionsForScopes,
  scopesOfClaims,
  type ScopeMap,
} from './resource-server/scope-map.js'
export {
  discoverJwksUri,
  issuerMetadataUrls,
  type IssuerDiscoveryOptions,
} from './resource-server/issuer-discovery.js'
export {
  createExternalJwtVerifier,
  EXTERNAL_JWT_ALGORITHMS,
  peekIssuer,
  type ExternalJwtVerifier,
  type ExternalJwtVerifierOptions,
  type ExternalToken,
} from './resource-server/external-jwt-verifier.js'
export {
  createUpstreamOAuth,
  type AuthorizationStart,
  type UpstreamAccessToken,
  type UpstreamOAuth,
  type UpstreamOAuthOptions,
} from './oauth-client/upstream-oauth.js'
export type {
  IdentityExchange,
  UpstreamOAuthConfig,
  UpstreamOAuthTarget,
} from './oauth-client/upstream-oauth-config.js'
export {
  createMemoryOAuthStore,
  type UpstreamOAuthStore,
  type UpstreamTokens,
} from './oauth-client/oauth-store.js'
