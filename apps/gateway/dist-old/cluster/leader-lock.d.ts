import type { Sql } from 'postgres';
/** What createLeaderLock needs. */
export interface LeaderLockOptions {
    /** A client of one connection: a session-level advisory lock belongs to the connection holding it. */
    sql: Sql;
    /** How often a follower tries the lock and the leader checks it still holds it; default 2 s. */
    intervalMs?: number;
    /** Told when this replica starts or stops leading. */
    onChange?: (leading: boolean) => void;
    onError?: (error: unknown) => void;
}
/** Which replica runs the periodic jobs that write to the store. */
export interface LeaderLock {
    /** True while this replica holds the lock. */
    leading(): boolean;
    /** Gives the lock up (another replica takes it on its next try) and stops trying. */
    close(): Promise<void>;
}
/**
 * A PostgreSQL session-level advisory lock: exactly one replica holds it, and it is released when that
 * replica's connection ends, so a killed leader is replaced within one interval. Every interval a
 * follower tries to take it and the holder checks that its connection still holds it; a replica that
 * cannot reach PostgreSQL stops leading. Resolves after the first try.
 */
export declare function createLeaderLock(options: LeaderLockOptions): Promise<LeaderLock>;
//# sourceMappingURL=leader-lock.d.ts.map