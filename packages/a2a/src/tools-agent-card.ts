import { AgentCard } from '@a2a-js/sdk'

/** What an agent card for a set of tools is made from. */
export interface ToolsAgentCardOptions {
  name: string
  description: string
  /** The JSON-RPC endpoint the card points at. */
  url: string
  version: string
  tools: readonly { name: string; description: string | null }[]
  /** Declares HTTP bearer auth on the card. */
  bearerAuth?: boolean
}

/** An A2A 1.0 agent card whose skills are tools, called with a `{ skill, arguments }` data part. */
export function toolsAgentCard(options: ToolsAgentCardOptions): AgentCard {
  return {
    name: options.name,
    description: options.description,
    version: options.version,
    supportedInterfaces: [
      { url: options.url, protocolBinding: 'JSONRPC', tenant: '', protocolVersion: '1.0' },
    ],
    provider: undefined,
    capabilities: { streaming: true, pushNotifications: false, extensions: [] },
    securitySchemes: options.bearerAuth
      ? {
          bearer: {
            scheme: {
              $case: 'httpAuthSecurityScheme',
              value: {
                description: 'A Switchyard JWT or API token',
                scheme: 'Bearer',
                bearerFormat: 'JWT',
              },
            },
          },
        }
      : {},
    securityRequirements: options.bearerAuth ? [{ schemes: { bearer: { list: [] } } }] : [],
    defaultInputModes: ['application/json'],
    defaultOutputModes: ['application/json', 'text/plain'],
    skills: options.tools.map((tool) => ({
      id: tool.name,
      name: tool.name,
      description: tool.description ?? tool.name,
      tags: ['tool'],
      examples: [`{"skill": "${tool.name}", "arguments": {}}`],
      inputModes: ['application/json'],
      outputModes: ['application/json', 'text/plain'],
      securityRequirements: [],
    })),
    signatures: [],
  }
}

/** An agent card in A2A's JSON form, as served at `/.well-known/agent-card.json`. */
export function agentCardJson(card: AgentCard): Record<string, unknown> {
  return AgentCard.toJSON(card) as Record<string, unknown>
}
