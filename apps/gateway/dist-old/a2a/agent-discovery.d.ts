import { type A2aAgentDiscovery, type UpstreamAuth, type UrlPolicy } from '@switchyard/core';
/**
 * Reads an agent's card with its credentials and says what the registry stores: the card, the
 * interface to call and the tool's input schema. Every connection and redirect passes the URL
 * policy. Failures are GatewayErrors (403 FORBIDDEN_URL naming the rule, 502, 504, or 422 naming
 * the card's field).
 */
export declare function discoverAgent(url: string, auth: UpstreamAuth | undefined, urlPolicy: UrlPolicy | undefined): Promise<A2aAgentDiscovery>;
//# sourceMappingURL=agent-discovery.d.ts.map