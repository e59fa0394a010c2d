import { AGENT_TOOL_INPUT_SCHEMA, agentCardJson } from '@switchyard/a2a';
import { authHeaders, outboundRefusal, } from '@switchyard/core';
import { createPolicyFetch } from '../outbound/policy-fetch.js';
import { rethrowA2a } from './a2a-errors.js';
import { loadA2aClient } from './load-a2a.js';
/**
 * Reads an agent's card with its credentials and says what the registry stores: the card, the
 * interface to call and the tool's input schema. Every connection and redirect passes the URL
 * policy. Failures are GatewayErrors (403 FORBIDDEN_URL naming the rule, 502, 504, or 422 naming
 * the card's field).
 */
export async function discoverAgent(url, auth, urlPolicy) {
    urlPolicy?.check(url);
    const { fetchAgentCard } = await loadA2aClient();
    const guarded = urlPolicy && createPolicyFetch(urlPolicy);
    const found = await fetchAgentCard(url, {
        headers: authHeaders(auth ?? { type: 'none' }),
        ...(guarded && { fetch: guarded.fetch }),
    })
        .catch((error) => rethrowA2a(outboundRefusal(error) ?? error))
        .finally(() => guarded?.close());
    urlPolicy?.check(found.endpoint.url);
    return {
        card: agentCardJson(found.card),
        name: found.card.name,
        description: found.card.description || null,
        endpointUrl: found.endpoint.url,
        protocolBinding: found.endpoint.protocolBinding,
        protocolVersion: found.endpoint.protocolVersion,
        streaming: found.streaming,
        inputSchema: AGENT_TOOL_INPUT_SCHEMA,
    };
}
//# sourceMappingURL=agent-discovery.js.map