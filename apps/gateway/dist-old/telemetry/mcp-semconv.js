/**
 * The OpenTelemetry names Switchyard's spans use: the MCP semantic conventions
 * (https://opentelemetry.io/docs/specs/semconv/gen-ai/mcp/), the database ones for store statements
 * (https://opentelemetry.io/docs/specs/semconv/database/database-spans/) and the few `switchyard.*`
 * ones of its own. Every attribute name lives here and nowhere else.
 */
export const ATTR = {
    mcpMethodName: 'mcp.method.name',
    mcpProtocolVersion: 'mcp.protocol.version',
    mcpSessionId: 'mcp.session.id',
    mcpResourceUri: 'mcp.resource.uri',
    jsonrpcRequestId: 'jsonrpc.request.id',
    jsonrpcProtocolVersion: 'jsonrpc.protocol.version',
    rpcResponseStatusCode: 'rpc.response.status_code',
    genAiToolName: 'gen_ai.tool.name',
    genAiPromptName: 'gen_ai.prompt.name',
    genAiOperationName: 'gen_ai.operation.name',
    errorType: 'error.type',
    networkTransport: 'network.transport',
    networkProtocolName: 'network.protocol.name',
    serverAddress: 'server.address',
    serverPort: 'server.port',
    httpRequestMethod: 'http.request.method',
    httpRoute: 'http.route',
    httpResponseStatusCode: 'http.response.status_code',
    urlPath: 'url.path',
    dbSystemName: 'db.system.name',
    dbOperationName: 'db.operation.name',
    dbCollectionName: 'db.collection.name',
    dbQueryText: 'db.query.text',
    dbResponseStatusCode: 'db.response.status_code',
    switchyardServerId: 'switchyard.server.id',
    switchyardUpstreamId: 'switchyard.upstream.id',
    switchyardUpstreamName: 'switchyard.upstream.name',
    switchyardIntegrationType: 'switchyard.integration.type',
};
/** `gen_ai.operation.name` of a tools/call span. */
export const EXECUTE_TOOL = 'execute_tool';
/** `error.type` of a tools/call whose result has `isError: true`. */
export const TOOL_ERROR = 'tool_error';
/** The `_meta` keys that carry W3C trace context in MCP requests. */
export const META_TRACE_KEYS = ['traceparent', 'tracestate'];
/** The target of a request: the tool or prompt name (a resource URI goes in an attribute only). */
export function targetOf(method, params) {
    if (method !== 'tools/call' && method !== 'prompts/get')
        return '';
    return typeof params?.name === 'string' ? params.name : '';
}
/**
 * The span name the conventions ask for: `{mcp.method.name} {target}` (a database span's is
 * `{db.operation.name} {db.collection.name}`), or the method alone.
 */
export function spanName(method, target) {
    return target === '' ? method : `${method} ${target}`;
}
/** Adds the attributes naming what a request is about (tool, prompt or resource) to `attributes`. */
export function withTarget(attributes, method, params) {
    const target = targetOf(method, params);
    if (method === 'tools/call' && target !== '') {
        attributes[ATTR.genAiToolName] = target;
        attributes[ATTR.genAiOperationName] = EXECUTE_TOOL;
    }
    else if (method === 'prompts/get' && target !== '')
        attributes[ATTR.genAiPromptName] = target;
    else if (typeof params?.uri === 'string' && method.startsWith('resources/'))
        attributes[ATTR.mcpResourceUri] = params.uri;
    return attributes;
}
/** `error.type` of a failure: the JSON-RPC code when it has one, else the error's class name. */
export function errorTypeOf(error) {
    if (typeof error === 'object' && error !== null) {
        const { code, name } = error;
        if (typeof code === 'number' || typeof code === 'string')
            return String(code);
        if (typeof name === 'string')
            return name;
    }
    return '_OTHER';
}
//# sourceMappingURL=mcp-semconv.js.map