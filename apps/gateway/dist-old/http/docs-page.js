import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
const javascript = 'text/javascript; charset=utf-8';
const initScript = `window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui')
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-openapi-url'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
  })
})
`;
const assets = {
    'swagger-ui.css': { type: 'text/css; charset=utf-8', file: 'swagger-ui.css' },
    'swagger-ui-bundle.js': { type: javascript, file: 'swagger-ui-bundle.js' },
    'swagger-ui-standalone-preset.js': { type: javascript, file: 'swagger-ui-standalone-preset.js' },
    'docs-init.js': { type: javascript, text: initScript },
};
const pagePolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
].join('; ');
/** Where swagger-ui-dist is installed and which version it is. */
export function locateSwaggerUi() {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('swagger-ui-dist/package.json');
    const { version } = require(manifest);
    return { dir: dirname(manifest), version };
}
/** A Hono app serving Swagger UI at GET /docs and its assets from swagger-ui-dist (no CDN). */
export function createDocsApp(options) {
    const { dir, version } = locateSwaggerUi();
    const files = new Map();
    const load = (file) => {
        let body = files.get(file);
        if (!body) {
            body = readFile(join(dir, file));
            body.catch(() => files.delete(file));
            files.set(file, body);
        }
        return body;
    };
    const app = new Hono();
    app.get('/docs', (c) => {
        const base = `${c.req.path.replace(/\/+$/, '')}/assets`;
        c.header('Cache-Control', 'no-cache');
        c.header('Content-Security-Policy', pagePolicy);
        c.header('X-Content-Type-Options', 'nosniff');
        return c.html(page(options, base, version));
    });
    app.get('/docs/assets/:name', async (c) => {
        const name = c.req.param('name');
        const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
        if (!asset)
            return notFound(c);
        const etag = `"${'file' in asset ? `${version}-${name}` : digest(asset.text)}"`;
        c.header('Cache-Control', 'public, max-age=86400');
        c.header('ETag', etag);
        c.header('X-Content-Type-Options', 'nosniff');
        if (matchesEtag(c.req.header('If-None-Match'), etag))
            return c.body(null, 304);
        c.header('Content-Type', asset.type);
        return c.body('file' in asset ? await load(asset.file) : asset.text);
    });
    app.get('/docs/assets/*', notFound);
    return app;
}
function matchesEtag(header, etag) {
    if (header === undefined)
        return false;
    return header.split(',').some((tag) => {
        const value = tag.trim();
        return value === '*' || value === etag || value === `W/${etag}`;
    });
}
function digest(text) {
    return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}
function notFound(c) {
    return c.json({ detail: 'Not found', code: 'NOT_FOUND' }, 404);
}
function page(options, base, version) {
    const title = escapeHtml(options.title ?? 'Switchyard API');
    const asset = (name) => escapeHtml(`${base}/${name}?v=${version}`);
    return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="${asset('swagger-ui.css')}">
  </head>
  <body>
    <div id="swagger-ui" data-openapi-url="${escapeHtml(options.openApiPath)}"></div>
    <script src="${asset('swagger-ui-bundle.js')}"></script>
    <script src="${asset('swagger-ui-standalone-preset.js')}"></script>
    <script src="${asset('docs-init.js')}"></script>
  </body>
</html>
`;
}
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
//# sourceMappingURL=docs-page.js.map