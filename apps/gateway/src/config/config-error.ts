/** One invalid environment variable and why. */
export interface ConfigProblem {
  variable: string
  reason: string
}

/** Invalid configuration; the message is one line, `VARIABLE: reason` (several joined by `; `). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  /** Every problem found, in table order. */
  readonly problems: readonly ConfigProblem[]

  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map((p) => `${p.variable}: ${p.reason}`).join('; '))
    this.problems = problems
  }

  /** The first variable at fault. */
  get variable(): string {
    return this.problems[0]?.variable ?? ''
  }
}
