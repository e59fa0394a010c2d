import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header that marks a request relayed by another replica of the deployment. */
export const HOP_HEADER = 'switchyard-hop'

/** A hop proof is good this long after it was made (clock skew between replicas included). */
const MAX_AGE_MS = 60_000

/** Signs and checks relayed requests with a secret every replica shares. */
export interface SessionHop {
  /** The proof for a request about to be relayed for `subject` (a session id or a requestState). */
  sign(method: string, url: URL, subject: string): string
  /** Whether `proof` was made by a replica for this request within the last minute. */
  verify(proof: string, method: string, url: URL, subject: string): boolean
}

/** A hop signer keyed from the deployment's shared secret (AUTH_ENCRYPTION_SECRET). */
export function createSessionHop(secret: string): SessionHop {
  const key = createHmac('sha256', secret).update('switchyard cluster session hop').digest()
  const mac = (at: string, method: string, url: URL, subject: string) =>
    createHmac('sha256', key)
      .update(`${at}\n${method.toUpperCase()}\n${url.pathname}${url.search}\n${subject}`)
      .digest('base64url')
  return {
    sign(method, url, subject) {
      const at = String(Date.now())
      return `${at}.${mac(at, method, url, subject)}`
    },
    verify(proof, method, url, subject) {
      const [at, given, extra] = proof.split('.')
      if (at === undefined || given === undefined || extra !== undefined) return false
      const age = Date.now() - Number(at)
      if (!Number.isFinite(age) || Math.abs(age) > MAX_AGE_MS) return false
      const expected = Buffer.from(mac(at, method, url, subject))
      const actual = Buffer.from(given)
      return actual.length === expected.length && timingSafeEqual(actual, expected)
    },
  }
}
