/** A log line with credentials masked, whatever field or message they are in. */
export declare function scrubSecrets(line: string): string;
//# sourceMappingURL=scrub.d.ts.map