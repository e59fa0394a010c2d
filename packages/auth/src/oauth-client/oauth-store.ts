import type {
  OAuthDiscoveryState,
  StoredOAuthClientInformation,
  StoredOAuthTokens,
} from '@modelcontextprotocol/client'
import type { JWK } from 'jose'

/** Tokens as the upstream OAuth client keeps them: the token response plus when it expires. */
export type UpstreamTokens = StoredOAuthTokens & {
  /** Epoch ms when the access token expires, stamped when saved; absent when the AS said nothing. */
  expires_at?: number
  /** Epoch ms from when the client refreshes it, a little before it expires. */
  refresh_at?: number
  /** A DPoP-bound token's key (RFC 9449): the private JWK that signs the proofs presenting it. */
  dpop_jwk?: JWK
}

/**
 * Where one upstream's OAuth state lives for one user: tokens, the registered client and the
 * discovery result. The gateway keeps it in the database, sealed; tests and the conformance driver in memory.
 */
export interface UpstreamOAuthStore {
  tokens(): Promise<UpstreamTokens | undefined>
  saveTokens(tokens: UpstreamTokens): Promise<void>
  forgetTokens(): Promise<void>
  clientInformation(): Promise<StoredOAuthClientInformation | undefined>
  saveClientInformation(client: StoredOAuthClientInformation | undefined): Promise<void>
  discoveryState(): Promise<OAuthDiscoveryState | undefined>
  saveDiscoveryState(state: OAuthDiscoveryState | undefined): Promise<void>
}

/** A store in memory, for one process (tests, the conformance driver). */
export function createMemoryOAuthStore(): UpstreamOAuthStore {
  let tokens: UpstreamTokens | undefined
  let client: StoredOAuthClientInformation | undefined
  let discovery: OAuthDiscoveryState | undefined
  const done = Promise.resolve()
  return {
    tokens: () => Promise.resolve(tokens),
    saveTokens(value) {
      tokens = value
      return done
    },
    forgetTokens() {
      tokens = undefined
      return done
    },
    clientInformation: () => Promise.resolve(client),
    saveClientInformation(value) {
      client = value
      return done
    },
    discoveryState: () => Promise.resolve(discovery),
    saveDiscoveryState(value) {
      discovery = value
      return done
    },
  }
}
