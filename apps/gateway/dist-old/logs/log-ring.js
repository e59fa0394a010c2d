/** pino's levels, lowest first. */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
/**
 * The most recent log records in memory, this process's and (in a cluster) the other replicas',
 * kept in time order, and live delivery of new ones to subscribers.
 */
export class LogRing {
    #capacity;
    #records = [];
    #subscribers = new Set();
    #forwards = new Set();
    /** Keeps the last `capacity` records (default 1,000). */
    constructor(capacity = 1000) {
        this.#capacity = capacity;
    }
    get capacity() {
        return this.#capacity;
    }
    /** Takes one JSON log line of this process (as pino writes it); other lines are ignored. */
    push(line) {
        if (this.#keep(line))
            for (const forward of this.#forwards)
                forward(line);
    }
    /** Takes a JSON log line another replica wrote (see forward). */
    receive(line) {
        this.#keep(line);
    }
    /** Calls `listener` with each line this process pushes, until the returned function is called. */
    forward(listener) {
        this.#forwards.add(listener);
        return () => void this.#forwards.delete(listener);
    }
    #keep(line) {
        let record;
        try {
            record = JSON.parse(line);
        }
        catch {
            return false;
        }
        if (typeof record !== 'object' || record === null || typeof record.time !== 'number')
            return false;
        const text = line.trimEnd().toLowerCase();
        // after the last one not later: a line from another replica may come a little late
        let at = this.#records.length;
        while (at > 0 && this.#records[at - 1].record.time > record.time)
            at--;
        this.#records.splice(at, 0, { record, line: text });
        if (this.#records.length > this.#capacity)
            this.#records.shift();
        for (const subscriber of this.#subscribers)
            subscriber(record, text);
        return true;
    }
    /** The kept records that match, oldest first. */
    recent(filter = {}) {
        const matches = matcher(filter);
        return this.#records.filter((r) => matches(r.record, r.line)).map((r) => r.record);
    }
    /** Calls `listener` with each new matching record until the returned function is called. */
    subscribe(filter, listener) {
        const matches = matcher(filter);
        const subscriber = (record, line) => {
            if (matches(record, line))
                listener(record);
        };
        this.#subscribers.add(subscriber);
        return () => void this.#subscribers.delete(subscriber);
    }
}
function matcher(filter) {
    const floor = filter.level === undefined ? 0 : LEVELS.indexOf(filter.level);
    const q = filter.q?.toLowerCase();
    return (record, line) => LEVELS.indexOf(record.level) >= floor && (q === undefined || line.includes(q));
}
/** The level names a filter may use. */
export const LOG_FILTER_LEVELS = LEVELS;
//# sourceMappingURL=log-ring.js.map