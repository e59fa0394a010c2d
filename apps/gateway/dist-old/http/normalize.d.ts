/** `snake_case` -> `camelCase`; camelCase passes through. */
export declare function camelCase(key: string): string;
/**
 * Brings a request body to the one shape our schemas read: ContextForge's wrapped form
 * (`{"tool": {...}}`) unwrapped, snake_case keys camelized, flat credential fields folded.
 */
export declare function normalizeBody(body: unknown, wrapKey?: string): unknown;
/** Query parameters with camelCase keys. */
export declare function normalizeQuery(query: Record<string, string>): Record<string, string>;
//# sourceMappingURL=normalize.d.ts.map