// The agent face, with the A2A SDK's server under it: an entry of its own (`@switchyard/a2a/face`)
// so that an application can load it on first use.
export { createAgentFace } from './agent-face.js'
