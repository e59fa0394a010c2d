export { McpFaceError, type McpFaceErrorOptions } from './errors.js'
export { createStreamableHttpFace } from './streamable-http-face.js'
export type {
  McpBackend,
  RequestContext,
  SendRequestOptions,
  SessionContext,
  StreamableHttpFace,
  StreamableHttpFaceOptions,
} from './types.js'
