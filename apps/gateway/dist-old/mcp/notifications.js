import { changedLists } from '@switchyard/core';
/** The entities the catalog's lists are built from; users, tokens, sessions, teams and roles are not. */
const LISTED = new Set([
    'gateway',
    'grpc',
    'a2a',
    'tool',
    'resource',
    'prompt',
    'server',
]);
/**
 * Debounces registry changes into list_changed notifications: each MCP endpoint (a virtual
 * server's, and the whole catalog's) is told of the lists it now serves differently, and of no other.
 */
export function createDownstreamNotifier(registry, target, options) {
    const subscribers = new Map();
    let timer;
    // the snapshot the endpoints' clients were last told about
    let told = registry.catalog.current();
    const flush = async () => {
        timer = undefined;
        const catalog = await registry.catalog.settled();
        const before = told;
        told = catalog;
        for (const key of ['*', ...catalog.servers.keys()]) {
            for (const list of changedLists(before, catalog, key === '*' ? null : key))
                target.broadcast(key, `notifications/${list}/list_changed`);
        }
    };
    const schedule = () => {
        if (timer)
            return;
        timer = setTimeout(() => void flush().catch(options.onError), options.debounceMs ?? 100);
        timer.unref();
    };
    const unsubscribe = registry.context.events.subscribe((changes) => {
        if (changes.some((change) => LISTED.has(change.entity)))
            schedule();
    });
    return {
        subscription(sessionId, uri, subscribed) {
            if (!sessionId)
                return subscribers.get(uri)?.size ?? 0;
            const sessions = subscribers.get(uri) ?? new Set();
            if (subscribed)
                sessions.add(sessionId);
            else
                sessions.delete(sessionId);
            if (sessions.size > 0)
                subscribers.set(uri, sessions);
            else
                subscribers.delete(uri);
            return sessions.size;
        },
        resourceUpdated(uri, params) {
            void registry.catalog.settled().then((catalog) => {
                for (const [key, server] of [['*', undefined], ...catalog.servers]) {
                    if (server === undefined || server.resources.some((m) => m.entity.uri === uri)) {
                        target.publishUpdate(key, params ?? { uri });
                    }
                }
            });
            const sessions = subscribers.get(uri);
            if (!sessions)
                return;
            for (const sessionId of sessions) {
                // A session that has ended stops receiving.
                if (!target.notifySession(sessionId, 'notifications/resources/updated', params ?? { uri })) {
                    sessions.delete(sessionId);
                }
            }
        },
        catchUp: schedule,
        close() {
            unsubscribe();
            clearTimeout(timer);
        },
    };
}
//# sourceMappingURL=notifications.js.map