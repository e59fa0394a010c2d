import { z } from 'zod';
/** An HTTP method an operation may use. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** One REST operation, as the OpenAPI document describes it. */
export interface OperationSpec {
    method: HttpMethod;
    /** Hono-style path, such as '/tools/:id'. */
    path: string;
    summary: string;
    tag: string;
    /** JSON request body. */
    body?: z.ZodType;
    /** Query string; each key of a ZodObject becomes one parameter. */
    query?: z.ZodType;
    /** Success status; defaults to 200. */
    status?: number;
    /** Whether the operation needs credentials; defaults to true. */
    auth?: boolean;
}
/** The `info` block of the document. */
export interface OpenApiInfo {
    title: string;
    version: string;
    description?: string;
}
/** A JSON Schema (2020-12, OpenAPI 3.1 dialect) as a plain object. */
export type JsonSchema = Record<string, unknown>;
/** The OpenAPI 3.1 document buildOpenApiDocument produces. */
export interface OpenApiDocument {
    openapi: '3.1.0';
    info: OpenApiInfo;
    tags: {
        name: string;
    }[];
    paths: Record<string, Record<string, unknown>>;
    components: {
        schemas: Record<string, JsonSchema>;
        responses: Record<string, unknown>;
        securitySchemes: Record<string, unknown>;
    };
}
/** Builds an OpenAPI 3.1.0 document from operation specs whose zod schemas give the request shapes. */
export declare function buildOpenApiDocument(operations: readonly OperationSpec[], info: OpenApiInfo): OpenApiDocument;
/** Converts a Hono path ('/tools/:id', '/files/:name{.+}') to OpenAPI form and lists its parameters. */
export declare function toOpenApiPath(honoPath: string): {
    path: string;
    params: string[];
};
//# sourceMappingURL=openapi.d.ts.map