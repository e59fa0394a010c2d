import { createHmac, timingSafeEqual } from 'node:crypto'

/** A 2026-era call parked for its client's retry: the replica holding it and its id there. */
export interface ParkedCall {
  /** The advertised URL of the replica whose input bridge holds the call. */
  owner: string
  /** The requestState that replica's input bridge minted. */
  id: string
}

/**
 * Names the replica in the requestStates of calls parked on it, so that a retry landing on
 * another replica can be sent there: `sy1.{owner, base64url}.{id}.{HMAC}`, signed with the
 * deployment's shared secret so that a client cannot point a retry at a host of its choosing.
 */
export interface InputStates {
  /** The requestState a client gets for a call parked here under `id`. */
  seal(id: string): string
  /** The call a sealed requestState names; undefined for any other string. */
  open(state: string): ParkedCall | undefined
}

/** Seals and opens this deployment's requestStates (keyed from AUTH_ENCRYPTION_SECRET). */
export function createInputStates(secret: string, self: string): InputStates {
  const key = createHmac('sha256', secret).update('switchyard cluster input state').digest()
  const mac = (owner: string, id: string) =>
    createHmac('sha256', key).update(`${owner}\n${id}`).digest('base64url')
  const own = Buffer.from(self).toString('base64url')
  return {
    seal: (id) => `sy1.${own}.${id}.${mac(self, id)}`,
    open(state) {
      const [version, encoded, id, given, extra] = state.split('.')
      if (version !== 'sy1' || !encoded || !id || !given || extra !== undefined) return undefined
      const owner = Buffer.from(encoded, 'base64url').toString()
      const expected = Buffer.from(mac(owner, id))
      const actual = Buffer.from(given)
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined
      return { owner, id }
    },
  }
}
