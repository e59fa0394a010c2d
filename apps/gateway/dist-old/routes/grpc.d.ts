import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/**
 * gRPC services: `POST /grpc` reflects on the target and registers its methods as tools; list,
 * get, update, delete, enable/disable, `POST /grpc/{id}/refresh` (also `/reflect`, ContextForge's
 * name) and `GET /grpc/{id}/methods`.
 */
export declare function grpcRoutes(registry: Registry): Route[];
//# sourceMappingURL=grpc.d.ts.map