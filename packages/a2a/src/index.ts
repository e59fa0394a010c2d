export { A2aError, isA2aError } from './a2a-error.js'
export type { A2aErrorCode } from './a2a-error.js'
export { AgentCardV03Schema, AgentCardV1Schema, parseAgentCard } from './agent-card.js'
export { SUPPORTED_BINDINGS, selectInterface } from './select-interface.js'
export type { AgentEndpoint, ProtocolBinding, ProtocolVersion } from './select-interface.js'
export { AGENT_CARD_PATH, agentCardUrl, fetchAgentCard } from './fetch-agent-card.js'
export type { DiscoveredAgent, FetchAgentCardOptions } from './fetch-agent-card.js'
export { createAgentClient } from './agent-client.js'
export { messageText } from './message-text.js'
export type {
  AgentClient,
  AgentClientOptions,
  AgentReply,
  SendOptions,
  StatusUpdate,
} from './agent-client.js'
export { TERMINAL_STATES, taskStateName } from './task-state.js'
export type { TaskStateName } from './task-state.js'
export {
  AGENT_TOOL_INPUT_SCHEMA,
  FileInputSchema,
  MessageInputSchema,
  toAgentMessage,
} from './message-input.js'
export type { MessageInput } from './message-input.js'
export { partToContent, toToolResult } from './tool-result.js'
export type { ContentBlock, ToolResult } from './tool-result.js'
export { contentToPart, resultParts, resultText } from './skill-result.js'
export { createAgentFace, skillRequest } from './agent-face.js'
export type { AgentFace, AgentFaceCall, AgentFaceOptions, RunSkill } from './agent-face.js'
export { agentCardJson, toolsAgentCard } from './tools-agent-card.js'
export type { ToolsAgentCardOptions } from './tools-agent-card.js'
export { forwardJsonRpc, jsonRpcInterface } from './jsonrpc-passthrough.js'
export type { ForwardJsonRpcOptions } from './jsonrpc-passthrough.js'
export type { AgentCard, Artifact, Message, Part } from '@a2a-js/sdk'
