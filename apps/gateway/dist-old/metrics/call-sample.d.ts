/** One finished call, as the request path hands it to metrics. */
export interface CallSample {
    /**
     * `mcp`: a client's MCP request; `tool`: a tool call; `upstream`: a request the gateway sent to an
     * upstream (MCP, REST, gRPC or A2A); `http`: a REST or MCP HTTP request; `refused`: an MCP request
     * a token's or principal's rate limit refused before any server saw it.
     */
    kind: 'mcp' | 'tool' | 'upstream' | 'http' | 'refused';
    /** The MCP method, or the HTTP method for `http`. */
    method: string;
    /** The tool, the virtual server (`*` for the whole catalog), the upstream, or the HTTP route. */
    name: string;
    /** The upstream's id (`upstream` samples). */
    id?: string;
    /** The HTTP status (`http` samples). */
    status?: number;
    seconds: number;
    /** `error.type` when the call failed (undefined or absent when it did not). */
    error?: string | undefined;
    /** When it finished (ms since the epoch). */
    at: number;
}
//# sourceMappingURL=call-sample.d.ts.map