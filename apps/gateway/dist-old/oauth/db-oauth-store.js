/** One upstream's OAuth state for one user ('' for the shared credential), in the database, sealed. */
export function dbOAuthStore(registry, gatewayId, user) {
    const { oauth } = registry;
    return {
        async tokens() {
            return (await oauth.get(gatewayId, user))?.tokens;
        },
        async saveTokens(tokens) {
            await oauth.save(gatewayId, user, tokens, {
                expiresAt: tokens.expires_at === undefined ? null : new Date(tokens.expires_at).toISOString(),
                scopes: tokens.scope ?? null,
            });
        },
        async forgetTokens() {
            await oauth.forget(gatewayId, user);
        },
        async clientInformation() {
            return ((await oauth.client(gatewayId)).client ?? undefined);
        },
        saveClientInformation: (client) => oauth.saveClient(gatewayId, { client: client ?? null }),
        async discoveryState() {
            return ((await oauth.client(gatewayId)).discovery ?? undefined);
        },
        saveDiscoveryState: (discovery) => oauth.saveClient(gatewayId, { discovery: discovery ?? null }),
    };
}
//# sourceMappingURL=db-oauth-store.js.map