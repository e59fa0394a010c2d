export * from './upstream/index.js'
export * from './face/index.js'
export * from './process-exports.js'
export type { TraceContext } from './trace-context.js'
