import type { AuditLog } from '@switchyard/core';
/** How audit records are pruned. */
export interface AuditRetentionOptions {
    log: Pick<AuditLog, 'prune'>;
    /** Records older than this many days are deleted. */
    days: number;
    /** Time between prunes; default one hour. */
    intervalMs?: number;
    /** Told when a prune fails (the next one tries again). */
    onError?: (error: unknown) => void;
    /** Told how many records a prune deleted. */
    onPruned?: (count: number) => void;
    /** Whether this replica prunes (one replica of a cluster does); default always. */
    leading?: () => boolean;
}
/** Prunes old audit records now and then every `intervalMs`; the returned stop waits for a prune under way. */
export declare function startAuditRetention(options: AuditRetentionOptions): () => Promise<void>;
//# sourceMappingURL=audit-retention.d.ts.map