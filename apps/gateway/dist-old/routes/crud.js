import { BooleanParamSchema, ListQuerySchema, } from '@switchyard/core';
import { z } from 'zod';
import { expecting, tagged } from '../http/if-match.js';
import { defineRoute } from '../http/route.js';
/** List parameters plus ContextForge's `include_pagination` (answer `{items, nextCursor}`). */
export const ListParamsSchema = ListQuerySchema.extend({
    includePagination: BooleanParamSchema.optional(),
});
/** `?activate=true|false` of the state endpoints. */
export const StateQuerySchema = z.object({ activate: BooleanParamSchema });
/** A page as ContextForge clients expect it: a bare array (next cursor in a header), or `{items, nextCursor}`. */
export function pageResponse(c, page, includePagination) {
    if (page.nextCursor)
        c.header('X-Next-Cursor', page.nextCursor);
    return includePagination ? page : page.items;
}
/** List, get, create, update (PUT and PATCH), delete and enable/disable for one kind of entity. */
export function crudRoutes(options) {
    const { base, tag, noun, wrapKey, service } = options;
    const area = base.slice(1);
    /** The entity if the caller may take the action on it; 404 when it is hidden from them. */
    const permitted = async (action, id, input) => {
        const entity = await service.get(id, input.viewer);
        input.authorize(`${area}.${action}`, { ...entity, kind: noun });
        return entity;
    };
    /** Writing an entity as its owner, into a team (which needs membership) or none. */
    const asOwner = (input, team) => {
        const { principal, authorize } = input;
        const into = typeof team === 'string' ? team : null;
        authorize(`${area}.write`, {
            kind: noun,
            owner: principal.email,
            team: into,
            visibility: 'team',
        });
    };
    const update = (method) => defineRoute({
        method,
        path: `${base}/:id`,
        summary: `Update a ${noun} (If-Match or a body \`version\`: 409 VERSION_CONFLICT when stale)`,
        tag,
        body: options.updateSchema,
        wrapKey,
        async handle(input) {
            const body = expecting(input.c, input.body);
            const before = await permitted('write', input.param('id'), input);
            const team = input.body.team;
            if (typeof team === 'string' && team !== before.team)
                asOwner(input, team);
            return tagged(input.c, service.update(before.id, body, { email: input.principal.email }));
        },
    });
    return [
        defineRoute({
            method: 'get',
            path: base,
            summary: `List ${noun}s`,
            tag,
            query: ListParamsSchema,
            async handle({ c, query, viewer }) {
                return pageResponse(c, await service.list(query, viewer), query.includePagination);
            },
        }),
        defineRoute({
            method: 'post',
            path: base,
            summary: `Create a ${noun}`,
            tag,
            status: 201,
            body: options.createSchema,
            wrapKey,
            handle(input) {
                asOwner(input, input.body.team);
                return service.create(input.body, { email: input.principal.email });
            },
        }),
        defineRoute({
            method: 'get',
            path: `${base}/:id`,
            summary: `Get a ${noun}`,
            tag,
            handle: (input) => tagged(input.c, permitted('read', input.param('id'), input)),
        }),
        update('put'),
        update('patch'),
        defineRoute({
            method: 'delete',
            path: `${base}/:id`,
            summary: `Delete a ${noun}`,
            tag,
            async handle(input) {
                const entity = await permitted('write', input.param('id'), input);
                await service.remove(entity.id);
                return { status: 'success', message: `${noun} '${entity.name}' deleted`, id: entity.id };
            },
        }),
        defineRoute({
            method: 'post',
            path: `${base}/:id/state`,
            summary: `Enable or disable a ${noun}`,
            tag,
            query: StateQuerySchema,
            async handle(input) {
                const entity = await permitted('write', input.param('id'), input);
                return service.setEnabled(entity.id, input.query.activate);
            },
        }),
    ];
}
//# sourceMappingURL=crud.js.map