/** Invalid configuration; the message is one line, `VARIABLE: reason` (several joined by `; `). */
export class ConfigError extends Error {
    name = 'ConfigError';
    /** Every problem found, in table order. */
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.variable}: ${p.reason}`).join('; '));
        this.problems = problems;
    }
    /** The first variable at fault. */
    get variable() {
        return this.problems[0]?.variable ?? '';
    }
}
//# sourceMappingURL=config-error.js.map