import type { Context } from 'hono';
/** An entity version as an ETag: `"3"`. */
export declare function versionTag(version: number): string;
/**
 * The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); undefined without one or for `*`.
 * Anything else is a 400, so a malformed precondition never turns into a silent overwrite.
 */
export declare function ifMatchVersion(header: string | undefined): number | undefined;
/** The update body carrying the version `If-Match` names (the header wins over a body `version`). */
export declare function expecting<B extends object>(c: Context, body: B): B;
/** Sends an entity with its version as the ETag. */
export declare function tagged<T extends {
    version: number;
}>(c: Context, entity: Promise<T>): Promise<T>;
//# sourceMappingURL=if-match.d.ts.map