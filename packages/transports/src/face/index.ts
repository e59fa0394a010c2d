export { McpFaceError, type McpFaceErrorOptions } from './errors.js'
export { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js'
export { originAllowed } from './origin.js'
export { createRpcFace, type RpcFace, type RpcFaceOptions } from './rpc-face.js'
export { createSseFace, type SseFace, type SseFaceOptions } from './sse-face.js'
export { createStreamableHttpFace } from './streamable-http-face.js'
export { serveStdio, type StdioFace, type StdioFaceOptions } from './stdio-face.js'
export {
  createWebSocketFace,
  type WebSocketFace,
  type WebSocketFaceOptions,
} from './websocket-face.js'
export type { OwnerFilter } from './session-scope.js'
export { closeReason, type WebSocketLike } from './websocket-transport.js'
export type {
  McpBackend,
  RequestContext,
  SendRequestOptions,
  SessionContext,
  StreamableHttpFace,
  StreamableHttpFaceOptions,
} from './types.js'
