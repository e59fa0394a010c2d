/**
 * Counters and histograms by label values, folded from sample batches and written in the Prometheus
 * text format. prom-client checks and hashes the labels of every observation (about 0.8 µs each,
 * eight per call); here a sample costs one map lookup by its label values.
 */
/** The series of one metric, by its label values joined. */
class Labeled {
    name;
    help;
    labelNames;
    #series = new Map();
    constructor(name, help, labelNames) {
        this.name = name;
        this.help = help;
        this.labelNames = labelNames;
    }
    stateOf(labels) {
        let key = '';
        for (const name of this.labelNames)
            key += `${labels[name]}\u0000`;
        let series = this.#series.get(key);
        if (series === undefined) {
            series = { labels: { ...labels }, state: this.fresh() };
            this.#series.set(key, series);
        }
        return series.state;
    }
    /** Its `# HELP` / `# TYPE` lines and samples. */
    text(type, lines) {
        const out = [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${type}`];
        for (const { labels, state } of this.#series.values())
            out.push(...lines(labels, state));
        return out.join('\n');
    }
}
/** A monotonic counter per label values. */
export class LabeledCounter extends Labeled {
    fresh() {
        return { value: 0 };
    }
    inc(labels, by = 1) {
        this.stateOf(labels).value += by;
    }
    format() {
        return this.text('counter', (labels, { value }) => [
            `${this.name}${labelText(labels)} ${value}`,
        ]);
    }
}
/** A histogram per label values, over fixed upper bounds (in seconds). */
export class LabeledHistogram extends Labeled {
    bounds;
    constructor(name, help, labelNames, bounds) {
        super(name, help, labelNames);
        this.bounds = bounds;
    }
    fresh() {
        return { counts: new Array(this.bounds.length + 1).fill(0), sum: 0 };
    }
    observe(labels, value) {
        const state = this.stateOf(labels);
        let i = 0;
        while (i < this.bounds.length && value > this.bounds[i])
            i++;
        state.counts[i] += 1;
        state.sum += value;
    }
    format() {
        return this.text('histogram', (labels, { counts, sum }) => {
            const lines = [];
            let total = 0;
            this.bounds.forEach((bound, i) => {
                total += counts[i];
                lines.push(`${this.name}_bucket${labelText({ le: String(bound), ...labels })} ${total}`);
            });
            total += counts[this.bounds.length];
            lines.push(`${this.name}_bucket${labelText({ le: '+Inf', ...labels })} ${total}`, `${this.name}_sum${labelText(labels)} ${sum}`, `${this.name}_count${labelText(labels)} ${total}`);
            return lines;
        });
    }
}
/** `{name="value",...}` with values escaped as the text format asks; empty without labels. */
function labelText(labels) {
    const pairs = Object.entries(labels).map(([name, value]) => `${name}="${value.replace(/[\\"\n]/g, escapeChar)}"`);
    return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}
const escapeHelp = (help) => help.replace(/[\\\n]/g, escapeChar);
const escapeChar = (c) => (c === '\n' ? '\\n' : `\\${c}`);
//# sourceMappingURL=labeled-metrics.js.map