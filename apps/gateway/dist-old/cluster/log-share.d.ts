import type { LogRing } from '../logs/log-ring.js';
/** This replica's log records sent to the others, and theirs taken into its ring. */
export interface LogShare {
    /** Sends what is waiting and stops. */
    close(): Promise<void>;
}
/** What createLogShare needs. */
export interface LogShareOptions {
    redisUrl: string;
    /** Key prefix of this deployment: the list `{prefix}logs` and the channel `{prefix}logs:live`. */
    prefix: string;
    ring: LogRing;
    /** How often this replica's new records are sent; default 250 ms. */
    intervalMs?: number;
    /** Told when Redis fails and when it works again (records of the meantime are not shared). */
    onOutage: (error: unknown) => void;
}
/**
 * Every replica appends its log records to the capped list `{prefix}logs` (as long as a ring)
 * and publishes them on `{prefix}logs:live`, in batches; each takes the others' into its ring, the
 * list's once Redis first answers and the channel's live, so `/admin/logs/stream` on any replica
 * shows them all (`hostname` and `pid` tell whose a record is). Logs are best effort: while Redis
 * is away each replica keeps its own.
 */
export declare function createLogShare(options: LogShareOptions): LogShare;
//# sourceMappingURL=log-share.d.ts.map