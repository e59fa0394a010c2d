import { AGENT_TOOL_INPUT_SCHEMA, agentCardJson, fetchAgentCard } from '@switchyard/a2a'
import {
  authHeaders,
  type A2aAgentDiscovery,
  type UpstreamAuth,
  type UrlPolicy,
} from '@switchyard/core'
import { rethrowA2a } from './a2a-errors.js'

/**
 * Reads an agent's card with its credentials and says what the registry stores: the card, the
 * interface to call and the tool's input schema. Failures are GatewayErrors (502, 504, or 422
 * naming the card's field).
 */
export async function discoverAgent(
  url: string,
  auth: UpstreamAuth | undefined,
  urlPolicy: UrlPolicy | undefined,
): Promise<A2aAgentDiscovery> {
  urlPolicy?.check(url)
  const found = await fetchAgentCard(url, { headers: authHeaders(auth ?? { type: 'none' }) }).catch(
    rethrowA2a,
  )
  urlPolicy?.check(found.endpoint.url)
  return {
    card: agentCardJson(found.card),
    name: found.card.name,
    description: found.card.description || null,
    endpointUrl: found.endpoint.url,
    protocolBinding: found.endpoint.protocolBinding,
    protocolVersion: found.endpoint.protocolVersion,
    streaming: found.streaming,
    inputSchema: AGENT_TOOL_INPUT_SCHEMA,
  }
}
