/** Serves MCP requests of legacy sessions wherever they land, by relaying them to their owner. */
export interface SessionRelay {
    /** Hand to a face's `onSession`: records the sessions this replica owns. */
    onSession: (sessionId: string, open: boolean) => void;
    /**
     * Wraps a face's handler: a request of a session another replica owns is relayed there (its
     * body and answer streamed both ways), any other one is served here.
     */
    route(serve: Serve, sessionIdOf: (request: Request) => string | null, isLocal: IsLocal): Serve;
    close(): Promise<void>;
}
type Serve = (request: Request) => Promise<Response>;
type IsLocal = (sessionId: string) => boolean;
/** What createSessionRelay needs. */
export interface SessionRelayOptions {
    redisUrl: string;
    /** Redis key prefix of the deployment. */
    prefix: string;
    /** This replica's URL as the others reach it. */
    self: string;
    /** The secret every replica shares, which signs relayed requests. */
    secret: string;
    onError: (error: unknown) => void;
}
/** The relay of a replica in cluster mode (REDIS_URL set). */
export declare function createSessionRelay(options: SessionRelayOptions): SessionRelay;
export {};
//# sourceMappingURL=session-relay.d.ts.map