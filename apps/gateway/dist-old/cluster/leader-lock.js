/** The advisory lock key the replicas of one database compete for ('switchyard jobs'). */
const JOBS_LOCK_KEY = 0x5357_4a42;
/**
 * A PostgreSQL session-level advisory lock: exactly one replica holds it, and it is released when that
 * replica's connection ends, so a killed leader is replaced within one interval. Every interval a
 * follower tries to take it and the holder checks that its connection still holds it; a replica that
 * cannot reach PostgreSQL stops leading. Resolves after the first try.
 */
export async function createLeaderLock(options) {
    const { sql } = options;
    let leading = false;
    let closed = false;
    const set = (value) => {
        if (value === leading)
            return;
        leading = value;
        options.onChange?.(value);
    };
    const take = () => sql `select pg_try_advisory_lock(${JOBS_LOCK_KEY}) as held`;
    const holds = () => sql `select exists (select 1 from pg_locks where locktype = 'advisory'
      and objid = ${JOBS_LOCK_KEY} and pid = pg_backend_pid() and granted) as held`;
    const attempt = async () => {
        try {
            const [row] = await (leading ? holds() : take());
            if (!closed)
                set(row?.held === true);
        }
        catch (error) {
            set(false);
            options.onError?.(error);
        }
    };
    let running = attempt();
    await running;
    const timer = setInterval(() => {
        running = running.then(attempt);
    }, options.intervalMs ?? 2_000).unref();
    return {
        leading: () => leading,
        async close() {
            closed = true;
            clearInterval(timer);
            await running;
            set(false);
            await sql `select pg_advisory_unlock_all()`.catch(() => undefined);
        },
    };
}
//# sourceMappingURL=leader-lock.js.map