import { defineRoute } from '../http/route.js';
/** RFC 9728 metadata of the virtual servers that take OAuth 2.1 access tokens. */
export function oauthResourceRoutes(oauth) {
    return [
        defineRoute({
            method: 'get',
            path: '/.well-known/oauth-protected-resource/servers/:id/mcp',
            summary: "OAuth protected-resource metadata (RFC 9728) of a virtual server's MCP endpoint",
            tag: 'OAuth',
            auth: false,
            handle: ({ c, param }) => {
                c.header('Cache-Control', 'public, max-age=300');
                return oauth.metadata(param('id'), c.req.raw);
            },
        }),
    ];
}
//# sourceMappingURL=oauth-resource.js.map