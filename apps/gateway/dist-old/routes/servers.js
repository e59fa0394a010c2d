import { defineRoute } from '../http/route.js';
/** A virtual server's members as its clients see them. */
export function serverRoutes(registry) {
    return [
        defineRoute({
            method: 'get',
            path: '/servers/:id/tools',
            summary: "List a virtual server's tools (renames applied)",
            tag: 'Servers',
            handle: ({ param, viewer }) => registry.servers.tools(param('id'), viewer),
        }),
        defineRoute({
            method: 'get',
            path: '/servers/:id/resources',
            summary: "List a virtual server's resources",
            tag: 'Servers',
            handle: ({ param, viewer }) => registry.servers.resources(param('id'), viewer),
        }),
        defineRoute({
            method: 'get',
            path: '/servers/:id/prompts',
            summary: "List a virtual server's prompts (renames applied)",
            tag: 'Servers',
            handle: ({ param, viewer }) => registry.servers.prompts(param('id'), viewer),
        }),
    ];
}
//# sourceMappingURL=servers.js.map