// The parts that talk to remote agents, with the A2A SDK's client under them: an entry of its own
// (`@switchyard/a2a/client`) so that an application can load them on first use.
export { parseAgentCard } from './agent-card.js'
export { fetchAgentCard } from './fetch-agent-card.js'
export { createAgentClient } from './agent-client.js'
