export * from './upstream/index.js'
export * from './face/index.js'
