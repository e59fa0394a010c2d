import { type Registry } from '@switchyard/core';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import { type Route } from '../http/route.js';
/** `/auth/login`, `/auth/logout`, `/auth/me` and `/auth/password`. */
export declare function authRoutes(registry: Registry, auth: GatewayAuth, expiresInMinutes: number, publicBaseUrl: string | undefined): Route[];
//# sourceMappingURL=auth.d.ts.map