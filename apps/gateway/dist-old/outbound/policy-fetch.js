import { policyLookup } from '@switchyard/core';
/**
 * Builds a policy-checked `fetch` over an undici Agent: the host of each new connection is checked
 * by name (which covers literal addresses) and each address it resolves to is checked before the
 * socket connects, so redirects and DNS rebinding cannot reach a denied address. A refusal is the
 * fetch error's cause (core's `outboundRefusal` finds it).
 */
export function createPolicyFetch(policy) {
    // undici is loaded on the first request: most gateways never make one (it adds ~0.1 s to a start).
    let loaded;
    const load = () => (loaded ??= import('undici').then(({ Agent, buildConnector, fetch }) => {
        const connector = buildConnector({ lookup: policyLookup(policy) });
        const agent = new Agent({
            connect(options, callback) {
                const { hostname } = options;
                const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
                try {
                    policy.check(`${options.protocol}//${host}`);
                }
                catch (error) {
                    callback(error, null);
                    return;
                }
                connector(options, callback);
            },
        });
        return { agent, send: fetch };
    }));
    const guarded = async (input, init) => {
        const { agent, send } = await load();
        return send(input, { ...init, dispatcher: agent });
    };
    return {
        fetch: guarded,
        close: async () => {
            if (loaded)
                await (await loaded).agent.close();
        },
    };
}
//# sourceMappingURL=policy-fetch.js.map