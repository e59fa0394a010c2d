export { connectUpstream } from './connect-upstream.js'
export { UpstreamError, isUpstreamError } from './upstream-error.js'
export type { UpstreamErrorCode, UpstreamErrorOptions } from './upstream-error.js'
export type {
  NegotiatedEra,
  UpstreamOptions,
  UpstreamTarget,
  UpstreamTransport,
} from './upstream-options.js'
export type {
  UpstreamListKind,
  UpstreamProgress,
  UpstreamRequestOptions,
  UpstreamSession,
} from './upstream-session.js'
export { wrapSession } from './upstream-session.js'
export { WebSocketClientTransport } from './websocket-client-transport.js'
export type { WebSocketClientTransportOptions } from './websocket-client-transport.js'
