import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** OpenAPI import: one REST tool per operation of an OpenAPI 3.0 or 3.1 document (re-import updates). */
export declare function openApiRoutes(registry: Registry): Route[];
//# sourceMappingURL=openapi.d.ts.map