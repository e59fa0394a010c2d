/** The A2A client parts (with the A2A SDK's client under them). */
export type A2aClientModule = typeof import('@switchyard/a2a/client');
/** The A2A agent face (with the A2A SDK's server under it). */
export type A2aFaceModule = typeof import('@switchyard/a2a/face');
/** Imports the A2A client on first use: a gateway that calls no agent never loads it. */
export declare function loadA2aClient(): Promise<A2aClientModule>;
/** Imports the A2A agent face on first use: a gateway no A2A caller reaches never loads it. */
export declare function loadA2aFace(): Promise<A2aFaceModule>;
//# sourceMappingURL=load-a2a.d.ts.map