import { createHash, timingSafeEqual } from 'node:crypto';
import { GatewayError } from '@switchyard/core';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
/**
 * Cookie sessions for the admin UI. Login sets an HttpOnly session cookie holding the session JWT
 * and a readable CSRF cookie; a REST request without an Authorization header may authenticate by
 * the session cookie, and then every unsafe method must echo the CSRF cookie in `X-CSRF-Token`
 * (double submit, the token bound to the session). Bearer requests need no CSRF token.
 *
 * The streaming MCP endpoints (/mcp, /sse, /ws, /servers/{id}/mcp ...) do not accept the cookie:
 * their SSE GETs and WebSocket upgrades cannot carry a CSRF header, so a cookie there would let any
 * page the browser visits open an authenticated stream. `POST /rpc` (one JSON-RPC request, the admin
 * UI's "try it") does, CSRF-checked like any other POST.
 */
/** The HttpOnly cookie carrying the session JWT. */
export const SESSION_COOKIE = 'switchyard_session';
/** The script-readable cookie whose value goes back in the CSRF header. */
export const CSRF_COOKIE = 'switchyard_csrf';
/** The header unsafe cookie-authenticated requests must send. */
export const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A session's CSRF token: a hash of its JWT, so it is bound to the session and needs no storage. */
export function csrfTokenOf(jwt) {
    return createHash('sha256').update(`switchyard-csrf:${jwt}`).digest('base64url');
}
/**
 * Whether cookies must be Secure: the gateway's public address is https (PUBLIC_BASE_URL), or the
 * request came over https, directly or through a proxy.
 */
function overHttps(c, publicBaseUrl) {
    if (publicBaseUrl?.startsWith('https:'))
        return true;
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    return new URL(c.req.url).protocol === 'https:' || forwarded === 'https';
}
/** Sets the session and CSRF cookies of a freshly signed session JWT. */
export function setSessionCookies(c, jwt, maxAgeSeconds, publicBaseUrl) {
    const common = {
        path: '/',
        sameSite: 'Strict',
        secure: overHttps(c, publicBaseUrl),
        maxAge: maxAgeSeconds,
    };
    setCookie(c, SESSION_COOKIE, jwt, { ...common, httpOnly: true });
    setCookie(c, CSRF_COOKIE, csrfTokenOf(jwt), common);
}
/** Expires both cookies. */
export function clearSessionCookies(c, publicBaseUrl) {
    const common = { path: '/', sameSite: 'Strict', secure: overHttps(c, publicBaseUrl) };
    deleteCookie(c, SESSION_COOKIE, { ...common, httpOnly: true });
    deleteCookie(c, CSRF_COOKIE, common);
}
const same = (a, b) => {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
};
/**
 * The credentials of a REST request: its Authorization header, or else its session cookie as a
 * bearer token. A cookie-authenticated unsafe request without the matching CSRF header is 403.
 */
export function credentialsOf(c) {
    const authorization = c.req.header('authorization');
    if (authorization)
        return authorization;
    const session = getCookie(c, SESSION_COOKIE);
    if (!session)
        return undefined;
    if (UNSAFE.has(c.req.method)) {
        const sent = c.req.header(CSRF_HEADER);
        if (!sent)
            throw new GatewayError('FORBIDDEN', `CSRF token missing: a request authenticated by the ${SESSION_COOKIE} cookie must send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header`);
        if (!same(sent, csrfTokenOf(session)))
            throw new GatewayError('FORBIDDEN', `CSRF token mismatch: the ${CSRF_HEADER} header does not match this session's ${CSRF_COOKIE} cookie`);
    }
    return `Bearer ${session}`;
}
//# sourceMappingURL=session-cookie.js.map