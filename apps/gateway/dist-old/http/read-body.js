import { GatewayError } from '@switchyard/core';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '@switchyard/transports';
/** Reads the request body as JSON: 400 for malformed JSON or nesting past MAX_JSON_DEPTH. */
export async function readJsonBody(c) {
    const text = await c.req.text();
    if (text.trim() === '')
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : 'not JSON';
        throw new GatewayError('MALFORMED_JSON', `request body is not valid JSON: ${reason}`);
    }
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
        throw new GatewayError('BAD_REQUEST', `request body nests deeper than ${MAX_JSON_DEPTH} levels`);
    }
    return value;
}
//# sourceMappingURL=read-body.js.map