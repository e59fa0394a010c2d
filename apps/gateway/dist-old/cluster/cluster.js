import { reconnectBackoff } from '@switchyard/core';
import { createChangeRelay } from './change-relay.js';
import { createLeaderLock } from './leader-lock.js';
/** A single node: nothing to share, and every job is this process's. */
const SINGLE_NODE = {
    leading: () => true,
    on: () => undefined,
    close: () => Promise.resolve(),
};
/** The lock of a process that never runs the periodic jobs. */
const NO_JOBS = Promise.resolve({ leading: () => false, close: () => Promise.resolve() });
/**
 * Joins the replicas sharing one PostgreSQL database: changes travel by LISTEN/NOTIFY and the periodic
 * jobs run under an advisory lock. A resync that fails (PostgreSQL still away) is tried every second.
 */
export async function joinCluster(options) {
    const { databaseUrl, logger } = options;
    if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl))
        return SINGLE_NODE;
    const { default: postgres } = await import('postgres');
    const sql = postgres(databaseUrl, {
        max: 1,
        idle_timeout: 0,
        max_lifetime: null,
        connect_timeout: 5,
        // the LISTEN connection too: after an outage the missed changes are read as soon as it is back
        backoff: reconnectBackoff,
        onnotice: () => undefined,
    });
    let closed = false;
    const listeners = { lead: [], resync: [] };
    const tell = (event) => {
        for (const listener of listeners[event])
            listener();
    };
    let retry;
    const resync = async () => {
        clearTimeout(retry);
        try {
            await options.resync();
            tell('resync');
            logger.info('reloaded the catalog after the cluster connection came back');
        }
        catch (error) {
            logger.warn({ err: error }, 'reloading the catalog failed; trying again in 1 s');
            if (!closed)
                retry = setTimeout(() => void resync(), 1_000).unref();
        }
    };
    const lock = await (options.jobs === false
        ? NO_JOBS
        : createLeaderLock({
            sql,
            onChange: (leading) => {
                logger.info(leading
                    ? 'this replica now runs the periodic jobs'
                    : 'this replica stopped running the periodic jobs');
                if (leading)
                    tell('lead');
            },
            onError: (error) => logger.debug({ err: error }, 'checking the periodic-jobs lock failed'),
        }));
    try {
        const relay = await createChangeRelay({
            sql,
            events: options.events,
            onResync: resync,
            onError: (error) => logger.warn({ err: error }, 'sharing a change with other replicas failed'),
        });
        return {
            leading: () => lock.leading(),
            on: (event, listener) => listeners[event].push(listener),
            async close() {
                closed = true;
                clearTimeout(retry);
                await relay.close();
                await lock.close();
                await sql.end({ timeout: 2 });
            },
        };
    }
    catch (error) {
        await lock.close();
        await sql.end({ timeout: 2 });
        throw error;
    }
}
//# sourceMappingURL=cluster.js.map