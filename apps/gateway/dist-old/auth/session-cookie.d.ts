import type { Context } from 'hono';
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
export declare const SESSION_COOKIE = "switchyard_session";
/** The script-readable cookie whose value goes back in the CSRF header. */
export declare const CSRF_COOKIE = "switchyard_csrf";
/** The header unsafe cookie-authenticated requests must send. */
export declare const CSRF_HEADER = "X-CSRF-Token";
/** A session's CSRF token: a hash of its JWT, so it is bound to the session and needs no storage. */
export declare function csrfTokenOf(jwt: string): string;
/** Sets the session and CSRF cookies of a freshly signed session JWT. */
export declare function setSessionCookies(c: Context, jwt: string, maxAgeSeconds: number, publicBaseUrl: string | undefined): void;
/** Expires both cookies. */
export declare function clearSessionCookies(c: Context, publicBaseUrl: string | undefined): void;
/**
 * The credentials of a REST request: its Authorization header, or else its session cookie as a
 * bearer token. A cookie-authenticated unsafe request without the matching CSRF header is 403.
 */
export declare function credentialsOf(c: Context): string | undefined;
//# sourceMappingURL=session-cookie.d.ts.map