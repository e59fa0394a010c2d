import type { ServerOAuthGuard } from '../auth/server-oauth.js';
import { type Route } from '../http/route.js';
/** RFC 9728 metadata of the virtual servers that take OAuth 2.1 access tokens. */
export declare function oauthResourceRoutes(oauth: ServerOAuthGuard): Route[];
//# sourceMappingURL=oauth-resource.d.ts.map