// The MCP SDK's client and the upstream transports, imported only by connectUpstreamLazily.
export { connectUpstream } from '@switchyard/transports'
