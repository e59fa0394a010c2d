import type { Attributes } from '@opentelemetry/api';
/**
 * The OpenTelemetry names Switchyard's spans use: the MCP semantic conventions
 * (https://opentelemetry.io/docs/specs/semconv/gen-ai/mcp/), the database ones for store statements
 * (https://opentelemetry.io/docs/specs/semconv/database/database-spans/) and the few `switchyard.*`
 * ones of its own. Every attribute name lives here and nowhere else.
 */
export declare const ATTR: {
    readonly mcpMethodName: "mcp.method.name";
    readonly mcpProtocolVersion: "mcp.protocol.version";
    readonly mcpSessionId: "mcp.session.id";
    readonly mcpResourceUri: "mcp.resource.uri";
    readonly jsonrpcRequestId: "jsonrpc.request.id";
    readonly jsonrpcProtocolVersion: "jsonrpc.protocol.version";
    readonly rpcResponseStatusCode: "rpc.response.status_code";
    readonly genAiToolName: "gen_ai.tool.name";
    readonly genAiPromptName: "gen_ai.prompt.name";
    readonly genAiOperationName: "gen_ai.operation.name";
    readonly errorType: "error.type";
    readonly networkTransport: "network.transport";
    readonly networkProtocolName: "network.protocol.name";
    readonly serverAddress: "server.address";
    readonly serverPort: "server.port";
    readonly httpRequestMethod: "http.request.method";
    readonly httpRoute: "http.route";
    readonly httpResponseStatusCode: "http.response.status_code";
    readonly urlPath: "url.path";
    readonly dbSystemName: "db.system.name";
    readonly dbOperationName: "db.operation.name";
    readonly dbCollectionName: "db.collection.name";
    readonly dbQueryText: "db.query.text";
    readonly dbResponseStatusCode: "db.response.status_code";
    readonly switchyardServerId: "switchyard.server.id";
    readonly switchyardUpstreamId: "switchyard.upstream.id";
    readonly switchyardUpstreamName: "switchyard.upstream.name";
    readonly switchyardIntegrationType: "switchyard.integration.type";
};
/** `gen_ai.operation.name` of a tools/call span. */
export declare const EXECUTE_TOOL = "execute_tool";
/** `error.type` of a tools/call whose result has `isError: true`. */
export declare const TOOL_ERROR = "tool_error";
/** The `_meta` keys that carry W3C trace context in MCP requests. */
export declare const META_TRACE_KEYS: readonly ["traceparent", "tracestate"];
/** The target of a request: the tool or prompt name (a resource URI goes in an attribute only). */
export declare function targetOf(method: string, params: Record<string, unknown> | undefined): string;
/**
 * The span name the conventions ask for: `{mcp.method.name} {target}` (a database span's is
 * `{db.operation.name} {db.collection.name}`), or the method alone.
 */
export declare function spanName(method: string, target: string): string;
/** Adds the attributes naming what a request is about (tool, prompt or resource) to `attributes`. */
export declare function withTarget(attributes: Attributes, method: string, params: Record<string, unknown> | undefined): Attributes;
/** `error.type` of a failure: the JSON-RPC code when it has one, else the error's class name. */
export declare function errorTypeOf(error: unknown): string;
//# sourceMappingURL=mcp-semconv.d.ts.map