import type { Env, Hono } from 'hono';
/** The built SPA's folder (`dist` of @switchyard/admin), or undefined when it is not there. */
export declare function locateAdminUi(): string | undefined;
/**
 * Serves the admin SPA at /admin: hashed assets from `dist/assets` with a year's immutable cache,
 * and index.html (never cached, strict CSP) for /admin and every page load under it. Only files
 * listed at start are served, so no path reaches outside the folder. Without a build: 503.
 */
export declare function mountAdminUi<E extends Env>(app: Hono<E>, dist: string | undefined): void;
//# sourceMappingURL=admin-ui.d.ts.map