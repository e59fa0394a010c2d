import { z } from 'zod';
import { defineRoute } from '../http/route.js';
/** Tags across gateways, tools, resources, prompts and servers. */
export function tagRoutes(registry) {
    const tag = 'Tags';
    return [
        defineRoute({
            method: 'get',
            path: '/tags',
            summary: 'List tags with how many entities of each kind carry them',
            tag,
            query: z.object({
                entityTypes: z
                    .string()
                    .transform((v) => v
                    .split(',')
                    .map((t) => t.trim().toLowerCase())
                    .filter(Boolean))
                    .optional(),
            }),
            handle: ({ query, viewer }) => registry.tags.list(viewer, query.entityTypes),
        }),
        defineRoute({
            method: 'get',
            path: '/tags/:name/entities',
            summary: 'List the entities that carry a tag',
            tag,
            handle: ({ param, viewer }) => registry.tags.entities(param('name'), viewer),
        }),
        defineRoute({
            method: 'put',
            path: '/tags/:name',
            summary: 'Rename a tag everywhere',
            tag,
            body: z.object({ name: z.string() }),
            async handle({ body, param, authorize }) {
                authorize('admin.tags');
                return {
                    name: body.name.trim().toLowerCase(),
                    updated: await registry.tags.rename(param('name'), body.name),
                };
            },
        }),
        defineRoute({
            method: 'delete',
            path: '/tags/:name',
            summary: 'Remove a tag from every entity',
            tag,
            async handle({ param, authorize }) {
                authorize('admin.tags');
                return { status: 'success', updated: await registry.tags.remove(param('name')) };
            },
        }),
    ];
}
//# sourceMappingURL=tags.js.map