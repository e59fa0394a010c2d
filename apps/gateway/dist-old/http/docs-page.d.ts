import { Hono } from 'hono';
/** Options for createDocsApp. */
export interface DocsAppOptions {
    /** Where the page fetches the OpenAPI document, such as '/openapi.json'. */
    openApiPath: string;
    /** Page title; defaults to 'Switchyard API'. */
    title?: string;
}
/** Where swagger-ui-dist is installed and which version it is. */
export declare function locateSwaggerUi(): {
    dir: string;
    version: string;
};
/** A Hono app serving Swagger UI at GET /docs and its assets from swagger-ui-dist (no CDN). */
export declare function createDocsApp(options: DocsAppOptions): Hono;
//# sourceMappingURL=docs-page.d.ts.map