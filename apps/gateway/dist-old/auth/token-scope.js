/** Path heads whose routes are administration: they need `admin.<head>` (or `admin.*`). */
const ADMIN_HEADS = new Set(['users', 'export', 'import', 'metrics', 'audit', 'rbac']);
/** Path heads every principal may use (ops probes and its own identity). */
const FREE_HEADS = new Set(['', 'health', 'ready', 'version', 'auth', 'openapi.json', 'docs']);
/** Routes about the caller's own rights, open to every principal: `/rbac/my/...`, `/rbac/permissions/check`. */
const SELF_RBAC = new Set(['my', 'permissions']);
/**
 * The permission a REST route needs, from its method and path template: `GET /tools` ->
 * `tools.read`, `POST /gateways` -> `gateways.write`, `POST /prompts/:id` -> `prompts.execute`,
 * `POST /a2a/:name/invoke` -> `a2a.execute`, `/users` -> `admin.users`, `/admin/logs/stream` -> `admin.logs`, `PUT /teams/:id` ->
 * `teams.manage`; undefined for routes
 * every principal may use (a handler may still check more, such as `GET /users/:email` of others).
 */
export function permissionFor(method, path) {
    const [head = '', ...rest] = path
        .replace(/^\/v1(?=\/)/, '')
        .split('/')
        .slice(1);
    const read = method.toUpperCase() === 'GET';
    if (FREE_HEADS.has(head))
        return undefined;
    if (head === 'rbac' && SELF_RBAC.has(rest[0] ?? ''))
        return undefined;
    if (head === 'users' && read && rest.length === 1)
        return undefined;
    if (ADMIN_HEADS.has(head))
        return `admin.${head}`;
    if (head === 'admin')
        return `admin.${rest[0] ?? 'ui'}`;
    if (head === 'teams' && !read)
        return rest.length === 0 ? 'teams.write' : 'teams.manage';
    if (head === 'servers' && rest[1] === 'a2a')
        return read ? 'servers.read' : 'tools.execute';
    if (head === 'prompts' && rest.length === 1 && !read)
        return 'prompts.execute';
    if (!read && (rest.at(-1) === 'invoke' || rest.at(-1) === 'jsonrpc'))
        return `${head}.execute`;
    return `${head}.${read ? 'read' : 'write'}`;
}
//# sourceMappingURL=token-scope.js.map