import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
const HOST_PORT = /^(?:dns:\/\/\/)?(\[[^\]]+\]|[^\s/:]+):(\d+)$/;
/**
 * Resolves a `host:port` target and checks every address against the outbound URL policy, then
 * pins the channel to the checked address with the original name as `:authority` (and TLS name),
 * so the address connected to is the one checked. Throws FORBIDDEN_URL naming the rule. Targets
 * other than `host:port` (or `dns:///host:port`) are left as they are.
 */
export async function pinnedTarget(options, policy) {
    const match = HOST_PORT.exec(options.target);
    if (!policy || !match)
        return options;
    const [, host = '', port = ''] = match;
    policy.check(`http://${host}:${port}`);
    const bare = host.replace(/^\[|\]$/g, '');
    if (isIP(bare) !== 0)
        return options;
    // A name that does not resolve is left to grpc-js, which reports it unreachable.
    const addresses = await dns.lookup(bare, { all: true }).catch(() => []);
    for (const { address } of addresses)
        policy.checkAddress(bare, address);
    // One family, IPv4 first, as a grpc-js address list: the channel tries each checked address.
    const v4 = addresses.filter((entry) => entry.family === 4).map((entry) => entry.address);
    const family = v4.length > 0 ? 'ipv4' : 'ipv6';
    const chosen = v4.length > 0 ? v4 : addresses.map((entry) => `[${entry.address}]`);
    if (chosen.length === 0)
        return options;
    return {
        ...options,
        target: `${family}:${chosen.map((address) => `${address}:${port}`).join(',')}`,
        authority: `${host}:${port}`,
    };
}
//# sourceMappingURL=pinned-target.js.map