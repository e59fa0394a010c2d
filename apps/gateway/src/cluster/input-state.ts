import { createSecretSealer } from '@switchyard/auth'
import { z } from 'zod'

/** A 2026-era call parked for its client's retry: the replica holding it and its id there. */
export interface ParkedCall {
  /** The advertised URL of the replica whose input bridge holds the call. */
  owner: string
  /** The requestState that replica's input bridge minted. */
  id: string
}

const ParkedCallSchema = z.object({ owner: z.string(), id: z.string() })

/**
 * Names the replica in the requestStates of calls parked on it, so that a retry landing on
 * another replica can be sent there; sealed (AES-GCM) under the deployment's shared secret, so
 * that a client neither reads the replica's address nor points a retry at a host of its choosing.
 */
export interface InputStates {
  /** The requestState a client gets for a call parked here under `id`. */
  seal(id: string): string
  /** The call a sealed requestState names; undefined for any other string. */
  open(state: string): ParkedCall | undefined
}

/** Seals and opens this deployment's requestStates (keyed from AUTH_ENCRYPTION_SECRET). */
export function createInputStates(secret: string, self: string): InputStates {
  // A key of its own: no stored secret's sealed text opens as a requestState.
  const sealer = createSecretSealer({ secret: `${secret}\nswitchyard cluster input state` })
  return {
    seal: (id) => sealer.sealJson({ owner: self, id }),
    open(state) {
      if (!sealer.isSealed(state)) return undefined
      try {
        return ParkedCallSchema.parse(sealer.openJson(state))
      } catch {
        return undefined
      }
    },
  }
}
