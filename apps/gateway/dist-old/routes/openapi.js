import { importOpenApi, OpenApiImportSchema } from '@switchyard/core';
import { defineRoute } from '../http/route.js';
/** OpenAPI import: one REST tool per operation of an OpenAPI 3.0 or 3.1 document (re-import updates). */
export function openApiRoutes(registry) {
    return ['/tools/openapi', '/tools/generate-schemas-from-openapi'].map((path) => defineRoute({
        method: 'post',
        path,
        summary: 'Import an OpenAPI document as REST tools',
        tag: 'Tools',
        body: OpenApiImportSchema,
        handle({ body, principal, authorize }) {
            authorize('tools.write', {
                kind: 'tool',
                owner: principal.email,
                team: body.team ?? null,
                visibility: body.visibility ?? 'public',
            });
            return importOpenApi(registry, body, {
                actor: { email: principal.email },
                authorize: (_, entity) => authorize(`${entity.kind}s.write`, entity),
            });
        },
    }));
}
//# sourceMappingURL=openapi.js.map