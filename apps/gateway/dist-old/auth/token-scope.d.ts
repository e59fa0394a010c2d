/**
 * The permission a REST route needs, from its method and path template: `GET /tools` ->
 * `tools.read`, `POST /gateways` -> `gateways.write`, `POST /prompts/:id` -> `prompts.execute`,
 * `POST /a2a/:name/invoke` -> `a2a.execute`, `/users` -> `admin.users`, `/admin/logs/stream` -> `admin.logs`, `PUT /teams/:id` ->
 * `teams.manage`; undefined for routes
 * every principal may use (a handler may still check more, such as `GET /users/:email` of others).
 */
export declare function permissionFor(method: string, path: string): string | undefined;
//# sourceMappingURL=token-scope.d.ts.map