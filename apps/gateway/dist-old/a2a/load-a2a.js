let client;
let face;
/** Imports the A2A client on first use: a gateway that calls no agent never loads it. */
export function loadA2aClient() {
    return (client ??= import('@switchyard/a2a/client'));
}
/** Imports the A2A agent face on first use: a gateway no A2A caller reaches never loads it. */
export function loadA2aFace() {
    return (face ??= import('@switchyard/a2a/face'));
}
//# sourceMappingURL=load-a2a.js.map