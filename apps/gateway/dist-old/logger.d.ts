import type { LogLevel } from './config/env-vars.js';
import type { LogRing } from './logs/log-ring.js';
/** A log method: a message, or an object of fields with an optional message. */
export interface LogFn {
    (msg: string): void;
    (obj: object, msg?: string): void;
}
/** The logging surface the gateway depends on; pino implements it. */
export interface Logger {
    debug: LogFn;
    info: LogFn;
    warn: LogFn;
    error: LogFn;
    /** Whether records of `level` are written (to skip building fields nobody reads). */
    isLevelEnabled(level: LogLevel): boolean;
    /** A logger that adds `bindings` to every record. */
    child(bindings: Record<string, unknown>): Logger;
}
/** Where log lines go: anything with `write(line)`. */
export interface LogDestination {
    write(line: string): void;
}
/** Options for createLogger. */
export interface LoggerOptions {
    level: LogLevel;
    /** One readable line per record instead of JSON (for a terminal). */
    pretty?: boolean;
    /** Defaults to stderr. */
    destination?: LogDestination;
    /** Also keeps each record here (for `/admin/logs/stream`). */
    ring?: LogRing;
}
/**
 * Creates a pino logger writing JSON lines (or readable lines when `pretty`) to stderr. Secret
 * fields are redacted and credentials in free text (Bearer values, URL passwords) masked.
 */
export declare function createLogger(options: LoggerOptions): Logger;
//# sourceMappingURL=logger.d.ts.map