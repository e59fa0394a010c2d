/** One invalid environment variable and why. */
export interface ConfigProblem {
    variable: string;
    reason: string;
}
/** Invalid configuration; the message is one line, `VARIABLE: reason` (several joined by `; `). */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
    /** Every problem found, in table order. */
    readonly problems: readonly ConfigProblem[];
    constructor(problems: readonly ConfigProblem[]);
    /** The first variable at fault. */
    get variable(): string;
}
//# sourceMappingURL=config-error.d.ts.map