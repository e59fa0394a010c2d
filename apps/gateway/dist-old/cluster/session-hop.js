import { createHmac, timingSafeEqual } from 'node:crypto';
/** The header that marks a request relayed by another replica of the deployment. */
export const HOP_HEADER = 'switchyard-hop';
/** A hop proof is good this long after it was made (clock skew between replicas included). */
const MAX_AGE_MS = 60_000;
/** A hop signer keyed from the deployment's shared secret (AUTH_ENCRYPTION_SECRET). */
export function createSessionHop(secret) {
    const key = createHmac('sha256', secret).update('switchyard cluster session hop').digest();
    const mac = (at, method, url, sessionId) => createHmac('sha256', key)
        .update(`${at}\n${method.toUpperCase()}\n${url.pathname}${url.search}\n${sessionId}`)
        .digest('base64url');
    return {
        sign(method, url, sessionId) {
            const at = String(Date.now());
            return `${at}.${mac(at, method, url, sessionId)}`;
        },
        verify(proof, method, url, sessionId) {
            const [at, given, extra] = proof.split('.');
            if (at === undefined || given === undefined || extra !== undefined)
                return false;
            const age = Date.now() - Number(at);
            if (!Number.isFinite(age) || Math.abs(age) > MAX_AGE_MS)
                return false;
            const expected = Buffer.from(mac(at, method, url, sessionId));
            const actual = Buffer.from(given);
            return actual.length === expected.length && timingSafeEqual(actual, expected);
        },
    };
}
//# sourceMappingURL=session-hop.js.map