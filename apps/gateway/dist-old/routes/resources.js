import { defineRoute } from '../http/route.js';
import { ListParamsSchema, pageResponse } from './crud.js';
/** Resource endpoints beyond CRUD: the template list and a resource's content. */
export function resourceRoutes(registry, plugins) {
    const chain = plugins?.forServer(null);
    return [
        defineRoute({
            method: 'get',
            path: '/resources/templates/list',
            summary: 'List resource templates',
            tag: 'Resources',
            query: ListParamsSchema,
            async handle({ c, query, viewer }) {
                return pageResponse(c, await registry.resources.list(query, viewer, true), query.includePagination);
            },
        }),
        defineRoute({
            method: 'get',
            path: '/resources/:id/content',
            summary: "Read a resource's content",
            tag: 'Resources',
            async handle({ param, principal, viewer }) {
                const r = await registry.resources.get(param('id'), viewer);
                const content = {
                    uri: r.uri,
                    mimeType: r.mimeType,
                    ...(r.blob !== null ? { blob: r.blob } : { text: r.text ?? '' }),
                };
                if (!chain || r.uri === null)
                    return content;
                const info = { serverId: null, principalEmail: principal.email };
                const result = await chain.resourceRead({ uri: r.uri }, info, () => Promise.resolve({ contents: [content] }));
                return result.contents?.[0] ?? content;
            },
        }),
    ];
}
//# sourceMappingURL=resources.js.map