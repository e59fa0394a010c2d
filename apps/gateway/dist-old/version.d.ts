/**
 * The version of @switchyard/gateway, from its package.json (found by the package's own name, so
 * that it is the same from the bundled CLI's chunks as from the compiled modules).
 */
export declare const packageVersion: string;
//# sourceMappingURL=version.d.ts.map