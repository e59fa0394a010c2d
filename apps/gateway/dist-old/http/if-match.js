import { GatewayError } from '@switchyard/core';
/** An entity version as an ETag: `"3"`. */
export function versionTag(version) {
    return `"${version}"`;
}
/**
 * The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); undefined without one or for `*`.
 * Anything else is a 400, so a malformed precondition never turns into a silent overwrite.
 */
export function ifMatchVersion(header) {
    const value = header?.trim();
    if (value === undefined || value === '' || value === '*')
        return undefined;
    const match = /^(?:W\/)?"?([1-9][0-9]{0,9})"?$/.exec(value);
    if (!match?.[1])
        throw new GatewayError('BAD_REQUEST', `If-Match must name one entity version such as "3" (the ETag of a GET), got '${value.slice(0, 40)}'`);
    return Number(match[1]);
}
/** The update body carrying the version `If-Match` names (the header wins over a body `version`). */
export function expecting(c, body) {
    const version = ifMatchVersion(c.req.header('if-match'));
    return version === undefined ? body : { ...body, version };
}
/** Sends an entity with its version as the ETag. */
export async function tagged(c, entity) {
    const resolved = await entity;
    c.header('ETag', versionTag(resolved.version));
    return resolved;
}
//# sourceMappingURL=if-match.js.map