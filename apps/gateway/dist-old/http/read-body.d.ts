import type { Context } from 'hono';
/** Reads the request body as JSON: 400 for malformed JSON or nesting past MAX_JSON_DEPTH. */
export declare function readJsonBody(c: Context): Promise<unknown>;
//# sourceMappingURL=read-body.d.ts.map