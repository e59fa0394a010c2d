import type { ChangeBus } from '@switchyard/core';
import type { Sql } from 'postgres';
/** The PostgreSQL channel replicas of one database share their committed changes on. */
export declare const CHANGES_CHANNEL = "switchyard_changes";
/** What createChangeRelay needs. */
export interface ChangeRelayOptions {
    sql: Sql;
    /** The registry's bus: local commits are published from it, other replicas' changes emitted into it. */
    events: ChangeBus;
    /** Called after the LISTEN connection came back: changes may have been missed, so read everything again. */
    onResync: () => Promise<void>;
    onError: (error: unknown) => void;
}
/** Shares committed changes with the other replicas. */
export interface ChangeRelay {
    close(): Promise<void>;
}
/**
 * Publishes this replica's committed changes with NOTIFY and emits every other replica's into the
 * local bus, so that the catalog, the principal cache and MCP list_changed notifications follow
 * changes made anywhere. postgres.js re-LISTENs after a lost connection; that calls `onResync`.
 */
export declare function createChangeRelay(options: ChangeRelayOptions): Promise<ChangeRelay>;
//# sourceMappingURL=change-relay.d.ts.map