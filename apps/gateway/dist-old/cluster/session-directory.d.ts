/** Which replica owns each legacy session, shared by every replica over Redis. */
export interface SessionDirectory {
    /** Records a session this replica opened (and keeps it recorded while it lives). */
    opened(sessionId: string): void;
    /** Removes a session this replica closed. */
    closed(sessionId: string): void;
    /** The advertised URL of the replica that owns a session, if any replica does. */
    ownerOf(sessionId: string): Promise<string | undefined>;
    /** Removes a session's record if it still names `owner` (an owner found dead). */
    forget(sessionId: string, owner: string): Promise<void>;
    close(): Promise<void>;
}
/** What createSessionDirectory needs. */
export interface SessionDirectoryOptions {
    redisUrl: string;
    /** Key prefix of this deployment: records are `{prefix}session:{id}`. */
    prefix: string;
    /** This replica's advertised URL, the value of its records. */
    self: string;
    /** A record lapses this long after its owner stopped refreshing it (a killed replica). */
    ttlSeconds?: number;
    onError: (error: unknown) => void;
}
/**
 * Records session ownership in Redis with a TTL that a timer refreshes for every session alive
 * here, so that the records of a replica that dies without closing its sessions lapse by themselves.
 */
export declare function createSessionDirectory(options: SessionDirectoryOptions): SessionDirectory;
//# sourceMappingURL=session-directory.d.ts.map