import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
/** The page policy for the SPA: its own files only, no inline script. */
const pagePolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
].join('; ');
const types = {
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.json': 'application/json',
};
const notBuilt = 'The admin UI is not built: run `pnpm build` at the repository root (or `pnpm --filter @switchyard/admin build`).\n';
/**
 * A browser loading a client route: an extensionless path outside /admin/assets asking for HTML.
 * Anything else under /admin (an old asset, an API call or event stream such as /admin/logs/stream)
 * is left to the other routes.
 */
function isPageLoad(c) {
    return (c.req.header('accept')?.includes('text/html') === true &&
        extname(c.req.path) === '' &&
        !c.req.path.startsWith('/admin/assets/'));
}
/** The built SPA's folder (`dist` of @switchyard/admin), or undefined when it is not there. */
export function locateAdminUi() {
    try {
        const manifest = createRequire(import.meta.url).resolve('@switchyard/admin/package.json');
        const dist = join(dirname(manifest), 'dist');
        return existsSync(join(dist, 'index.html')) ? dist : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Serves the admin SPA at /admin: hashed assets from `dist/assets` with a year's immutable cache,
 * and index.html (never cached, strict CSP) for /admin and every page load under it. Only files
 * listed at start are served, so no path reaches outside the folder. Without a build: 503.
 */
export function mountAdminUi(app, dist) {
    if (!dist) {
        app.get('/admin', (c) => c.text(notBuilt, 503));
        app.get('/admin/*', async (c, next) => (isPageLoad(c) ? c.text(notBuilt, 503) : next()));
        return;
    }
    const assetDir = join(dist, 'assets');
    const assets = new Set(existsSync(assetDir) ? readdirSync(assetDir) : []);
    const cache = new Map();
    const read = async (file) => {
        let content = cache.get(file);
        if (!content)
            cache.set(file, (content = await readFile(join(dist, file))));
        return content;
    };
    const page = async (c) => c.body(new Uint8Array(await read('index.html')), 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': pagePolicy,
    });
    app.get('/admin/assets/:file', async (c, next) => {
        const file = c.req.param('file');
        if (!assets.has(file))
            return next();
        return c.body(new Uint8Array(await read(join('assets', file))), 200, {
            'Content-Type': types[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'public, max-age=31536000, immutable',
        });
    });
    app.get('/admin', page);
    app.get('/admin/*', async (c, next) => (isPageLoad(c) ? page(c) : next()));
}
//# sourceMappingURL=admin-ui.js.map