import { randomUUID } from 'node:crypto';
/** The PostgreSQL channel replicas of one database share their committed changes on. */
export const CHANGES_CHANNEL = 'switchyard_changes';
/** NOTIFY payloads must stay under 8000 bytes; changes are sent in batches below that. */
const MAX_PAYLOAD_BYTES = 7000;
function batches(changes) {
    const out = [[]];
    let size = 0;
    for (const change of changes) {
        const bytes = Buffer.byteLength(JSON.stringify(change)) + 1;
        if (size + bytes > MAX_PAYLOAD_BYTES && out.at(-1).length > 0) {
            out.push([]);
            size = 0;
        }
        out.at(-1).push(change);
        size += bytes;
    }
    return out;
}
/**
 * Publishes this replica's committed changes with NOTIFY and emits every other replica's into the
 * local bus, so that the catalog, the principal cache and MCP list_changed notifications follow
 * changes made anywhere. postgres.js re-LISTENs after a lost connection; that calls `onResync`.
 */
export async function createChangeRelay(options) {
    const { sql, events, onError } = options;
    const origin = randomUUID();
    let inbound = false;
    let listened = false;
    const listening = await sql.listen(CHANGES_CHANNEL, (payload) => {
        try {
            const sent = JSON.parse(payload);
            if (sent.origin === origin)
                return;
            inbound = true;
            try {
                events.emit(sent.changes);
            }
            finally {
                inbound = false;
            }
        }
        catch (error) {
            onError(error);
        }
    }, () => {
        if (listened)
            options.onResync().catch(onError);
        listened = true;
    });
    const sending = new Set();
    const unsubscribe = events.subscribe((changes) => {
        if (inbound)
            return;
        for (const batch of batches(changes)) {
            const sent = sql
                .notify(CHANGES_CHANNEL, JSON.stringify({ origin, changes: batch }))
                .catch(onError)
                .finally(() => sending.delete(sent));
            sending.add(sent);
        }
    });
    return {
        async close() {
            unsubscribe();
            // Changes committed just before close (a CLI import) still reach the other replicas.
            await Promise.allSettled(sending);
            await listening.unlisten().catch(() => undefined);
        },
    };
}
//# sourceMappingURL=change-relay.js.map