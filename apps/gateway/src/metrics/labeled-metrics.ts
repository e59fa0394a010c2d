/**
 * Counters and histograms by label values, folded from sample batches and written in the Prometheus
 * text format. prom-client checks and hashes the labels of every observation (about 0.8 µs each,
 * eight per call); here a sample costs one map lookup by its label values.
 */

type Labels = Readonly<Record<string, string>>

/** The series of one metric, by its label values joined. */
abstract class Labeled<S> {
  readonly #series = new Map<string, { labels: Labels; state: S }>()

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {}

  protected abstract fresh(): S

  protected stateOf(labels: Labels): S {
    let key = ''
    for (const name of this.labelNames) key += `${labels[name]}\u0000`
    let series = this.#series.get(key)
    if (series === undefined) {
      series = { labels: { ...labels }, state: this.fresh() }
      this.#series.set(key, series)
    }
    return series.state
  }

  /** Its `# HELP` / `# TYPE` lines and samples. */
  protected text(type: string, lines: (labels: Labels, state: S) => string[]): string {
    const out = [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${type}`]
    for (const { labels, state } of this.#series.values()) out.push(...lines(labels, state))
    return out.join('\n')
  }
}

/** A monotonic counter per label values. */
export class LabeledCounter extends Labeled<{ value: number }> {
  protected fresh() {
    return { value: 0 }
  }

  inc(labels: Labels, by = 1): void {
    this.stateOf(labels).value += by
  }

  format(): string {
    return this.text('counter', (labels, { value }) => [
      `${this.name}${labelText(labels)} ${value}`,
    ])
  }
}

interface Buckets {
  /** Observations per bucket (not cumulative), the last one above every bound. */
  counts: number[]
  sum: number
}

/** A histogram per label values, over fixed upper bounds (in seconds). */
export class LabeledHistogram extends Labeled<Buckets> {
  constructor(
    name: string,
    help: string,
    labelNames: readonly string[],
    readonly bounds: readonly number[],
  ) {
    super(name, help, labelNames)
  }

  protected fresh(): Buckets {
    return { counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0 }
  }

  observe(labels: Labels, value: number): void {
    const state = this.stateOf(labels)
    let i = 0
    while (i < this.bounds.length && value > this.bounds[i]!) i++
    state.counts[i]! += 1
    state.sum += value
  }

  format(): string {
    return this.text('histogram', (labels, { counts, sum }) => {
      const lines: string[] = []
      let total = 0
      this.bounds.forEach((bound, i) => {
        total += counts[i]!
        lines.push(`${this.name}_bucket${labelText({ le: String(bound), ...labels })} ${total}`)
      })
      total += counts[this.bounds.length]!
      lines.push(
        `${this.name}_bucket${labelText({ le: '+Inf', ...labels })} ${total}`,
        `${this.name}_sum${labelText(labels)} ${sum}`,
        `${this.name}_count${labelText(labels)} ${total}`,
      )
      return lines
    })
  }
}

/** `{name="value",...}` with values escaped as the text format asks; empty without labels. */
function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(
    ([name, value]) => `${name}="${value.replace(/[\\"\n]/g, escapeChar)}"`,
  )
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`
}

const escapeHelp = (help: string) => help.replace(/[\\\n]/g, escapeChar)
const escapeChar = (c: string) => (c === '\n' ? '\\n' : `\\${c}`)
