import type { Context } from 'hono';
/** The client's address from the socket (`@hono/node-server` binds `incoming`); never from headers. */
export declare function remoteAddressOf(c: Context): string | undefined;
//# sourceMappingURL=remote-address.d.ts.map