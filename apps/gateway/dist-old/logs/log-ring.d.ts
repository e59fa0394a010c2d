/** One log record as the ring keeps it: pino's JSON fields. */
export type LogRecord = Record<string, unknown> & {
    time: number;
    level: string;
    msg?: string;
};
/** Which records a reader wants: at least `level`, containing `q` (case-insensitive) anywhere. */
export interface LogFilter {
    level?: string;
    q?: string;
}
/**
 * The most recent log records in memory, this process's and (in a cluster) the other replicas',
 * kept in time order, and live delivery of new ones to subscribers.
 */
export declare class LogRing {
    #private;
    /** Keeps the last `capacity` records (default 1,000). */
    constructor(capacity?: number);
    get capacity(): number;
    /** Takes one JSON log line of this process (as pino writes it); other lines are ignored. */
    push(line: string): void;
    /** Takes a JSON log line another replica wrote (see forward). */
    receive(line: string): void;
    /** Calls `listener` with each line this process pushes, until the returned function is called. */
    forward(listener: (line: string) => void): () => void;
    /** The kept records that match, oldest first. */
    recent(filter?: LogFilter): LogRecord[];
    /** Calls `listener` with each new matching record until the returned function is called. */
    subscribe(filter: LogFilter, listener: (record: LogRecord) => void): () => void;
}
/** The level names a filter may use. */
export declare const LOG_FILTER_LEVELS: readonly string[];
//# sourceMappingURL=log-ring.d.ts.map