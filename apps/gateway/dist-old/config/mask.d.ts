/** The mask shown in place of a secret. */
export declare const SECRET_MASK = "*****";
/** Replaces the password (and password-like query parameters) of a URL with `*****`. */
export declare function maskUrlPassword(value: string): string;
//# sourceMappingURL=mask.d.ts.map