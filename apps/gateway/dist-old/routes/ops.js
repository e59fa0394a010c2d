import { defineRoute } from '../http/route.js';
/** How long a readiness check may take before it counts as failed. */
const CHECK_TIMEOUT_MS = 2_000;
/** The check's answer, or false when it fails or takes longer than CHECK_TIMEOUT_MS. */
async function answers(check) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
    });
    try {
        return await Promise.race([check().catch(() => false), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Liveness, readiness and version. */
export function opsRoutes(info) {
    const tag = 'Ops';
    return [
        defineRoute({
            method: 'get',
            path: '/health',
            summary: 'Liveness: the process serves requests',
            tag,
            auth: false,
            handle: () => ({ status: 'healthy' }),
        }),
        defineRoute({
            method: 'get',
            path: '/ready',
            summary: 'Readiness: the store (and Redis, when configured) answers; 503 while not, the catalog keeps serving',
            tag,
            auth: false,
            async handle({ c }) {
                const [store, redis] = await Promise.all([
                    answers(() => info.store.ping()),
                    info.redis && answers(info.redis),
                ]);
                const ready = store && redis !== false;
                const state = (ok) => (ok ? 'ok' : 'unreachable');
                return c.json({
                    status: ready ? 'ready' : 'not ready',
                    store: state(store),
                    ...(redis !== undefined && { redis: state(redis) }),
                }, ready ? 200 : 503);
            },
        }),
        defineRoute({
            method: 'get',
            path: '/version',
            summary: 'Version, runtime and store',
            tag,
            auth: false,
            handle: () => ({
                name: 'switchyard',
                version: info.version,
                node: process.version,
                store: info.store.dialect.name,
                startedAt: info.startedAt.toISOString(),
                uptimeSeconds: Math.round((Date.now() - info.startedAt.getTime()) / 1000),
                catalogVersion: info.registry.catalog.current().version,
            }),
        }),
    ];
}
//# sourceMappingURL=ops.js.map