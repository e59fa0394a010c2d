import type { DpopSession } from '@modelcontextprotocol/client'
import { calculateJwkThumbprint, exportJWK, importJWK, type JWK } from 'jose'

type Sdk = typeof import('@modelcontextprotocol/client')

/** The algorithm of the gateway's DPoP keys. */
const DPOP_ALG = 'ES256'

/**
 * Whether an authorization server's metadata says it binds tokens to DPoP proofs the gateway can
 * sign (RFC 9449 section 5.1: `dpop_signing_alg_values_supported`).
 */
export function offersDpop(metadata: unknown): boolean {
  const algs = (metadata as { dpop_signing_alg_values_supported?: unknown } | undefined)
    ?.dpop_signing_alg_values_supported
  return Array.isArray(algs) && algs.includes(DPOP_ALG)
}

/** A DPoP signing session, and its private key as a JWK to keep with the tokens bound to it. */
export interface DpopKey {
  session: DpopSession
  jwk: JWK
}

/** A new key (extractable, so that it outlives the process with the tokens it binds). */
export async function newDpopKey(sdk: Sdk): Promise<DpopKey> {
  const keyPair = await sdk.generateDpopKeyPair({ alg: DPOP_ALG, extractable: true })
  const [session, jwk] = await Promise.all([
    sdk.DpopSession.create({ keyPair }),
    exportJWK(keyPair.privateKey),
  ])
  return { session, jwk }
}

/** The signing session of a kept key. */
export async function dpopKeyOf(sdk: Sdk, jwk: JWK): Promise<DpopKey> {
  const { kty, crv, x, y } = jwk
  if (kty !== 'EC' || crv === undefined || x === undefined || y === undefined)
    throw new TypeError('a DPoP key must be an EC key')
  const publicJwk: JWK = { kty, crv, x, y }
  const [privateKey, publicKey, thumbprint] = await Promise.all([
    importJWK(jwk, DPOP_ALG),
    importJWK(publicJwk, DPOP_ALG),
    calculateJwkThumbprint(publicJwk, 'sha256'),
  ])
  if (privateKey instanceof Uint8Array || publicKey instanceof Uint8Array)
    throw new TypeError('a DPoP key must be an EC key')
  const keyPair = { privateKey, publicKey, publicJwk, thumbprint, alg: DPOP_ALG } as const
  return { session: await sdk.DpopSession.create({ keyPair }), jwk }
}
