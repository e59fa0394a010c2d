import { RootCreateSchema, RootUpdateSchema } from '@switchyard/core';
import { defineRoute } from '../http/route.js';
/** Roots offered to upstreams. Reading is open to every user; changing them is for admins. */
export function rootRoutes(registry) {
    const tag = 'Roots';
    return [
        defineRoute({
            method: 'get',
            path: '/roots',
            summary: 'List roots',
            tag,
            handle: () => registry.roots.list(),
        }),
        defineRoute({
            method: 'post',
            path: '/roots',
            summary: 'Add a root',
            tag,
            status: 201,
            body: RootCreateSchema,
            wrapKey: 'root',
            handle({ body, authorize }) {
                authorize('admin.roots');
                return registry.roots.create(body);
            },
        }),
        defineRoute({
            method: 'get',
            path: '/roots/:id',
            summary: 'Get a root',
            tag,
            handle: ({ param }) => registry.roots.get(param('id')),
        }),
        defineRoute({
            method: 'put',
            path: '/roots/:id',
            summary: 'Update a root',
            tag,
            body: RootUpdateSchema,
            wrapKey: 'root',
            handle({ body, param, authorize }) {
                authorize('admin.roots');
                return registry.roots.update(param('id'), body);
            },
        }),
        defineRoute({
            method: 'delete',
            path: '/roots/:id',
            summary: 'Remove a root',
            tag,
            async handle({ param, authorize }) {
                authorize('admin.roots');
                const root = await registry.roots.get(param('id'));
                await registry.roots.remove(root.id);
                return { status: 'success', message: `root '${root.uri}' removed`, id: root.id };
            },
        }),
    ];
}
//# sourceMappingURL=roots.js.map