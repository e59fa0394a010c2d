import { type Registry } from '@switchyard/core';
/** Where downstream notifications go: every session of a key, or one session. */
export interface NotificationTarget {
    broadcast(key: string, method: string, params?: Record<string, unknown>): void;
    /** A resource changed: to the 2026-era listen streams of a key that asked for its URI. */
    publishUpdate(key: string, params: Record<string, unknown>): void;
    notifySession(sessionId: string, method: string, params?: Record<string, unknown>): boolean;
}
/** Tells downstream clients what changed: list_changed after registry changes, resources/updated to subscribers. */
export interface DownstreamNotifier {
    /** Records that a session (un)subscribed to a resource URI; returns how many sessions remain subscribed. */
    subscription(sessionId: string | undefined, uri: string, subscribed: boolean): number;
    /** An upstream said a resource changed: tell the sessions subscribed to it. */
    resourceUpdated(uri: string, params: Record<string, unknown> | undefined): void;
    /** The catalog changed without change events (read again whole): tell what changed since. */
    catchUp(): void;
    close(): void;
}
/**
 * Debounces registry changes into list_changed notifications: each MCP endpoint (a virtual
 * server's, and the whole catalog's) is told of the lists it now serves differently, and of no other.
 */
export declare function createDownstreamNotifier(registry: Registry, target: NotificationTarget, options: {
    debounceMs?: number;
    onError: (error: unknown) => void;
}): DownstreamNotifier;
//# sourceMappingURL=notifications.d.ts.map