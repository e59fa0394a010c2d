import { type ChangeBus } from '@switchyard/core';
import type { Logger } from '../logger.js';
/** This replica's part in a cluster: who runs the periodic jobs, and changes shared both ways. */
export interface ClusterMember {
    /** True when this replica runs the periodic jobs that write to the store (always, on a single node). */
    leading(): boolean;
    /**
     * Calls `listener` whenever this replica starts running the periodic jobs (`lead`), or has read its
     * catalog again after its connection came back (`resync`).
     */
    on(event: ClusterEvent, listener: () => void): void;
    close(): Promise<void>;
}
/** What a cluster member tells its listeners about. */
export type ClusterEvent = 'lead' | 'resync';
/** What joinCluster needs. */
export interface ClusterOptions {
    /** A `postgres://` URL; without one the gateway is a single node. */
    databaseUrl: string | undefined;
    /** The registry's change bus. */
    events: ChangeBus;
    /** Reads the catalog and forgets cached principals after changes may have been missed. */
    resync: () => Promise<void>;
    /** Whether this process may run the periodic jobs; false for a CLI command. Default true. */
    jobs?: boolean;
    logger: Logger;
}
/**
 * Joins the replicas sharing one PostgreSQL database: changes travel by LISTEN/NOTIFY and the periodic
 * jobs run under an advisory lock. A resync that fails (PostgreSQL still away) is tried every second.
 */
export declare function joinCluster(options: ClusterOptions): Promise<ClusterMember>;
//# sourceMappingURL=cluster.d.ts.map