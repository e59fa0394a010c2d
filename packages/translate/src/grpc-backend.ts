import { GrpcBridgeError, type GrpcBridge } from '@switchyard/grpc-bridge'
import { McpFaceError, type McpBackend, type RequestContext } from '@switchyard/transports'
import { version } from './version.js'

/** Options for {@link createGrpcBackend}. */
export interface GrpcBackendOptions {
  /** Shown in the server's title and instructions. */
  target: string
  services: readonly string[]
  /** Each call's gRPC deadline. */
  timeoutMs: number
}

/**
 * An MCP backend serving a gRPC bridge's tools: `tools/list`, and `tools/call` with each message
 * of a server stream sent as progress (its JSON as the message) and cancellation ending the call.
 * Arguments that do not fit the request type come back as an `isError` result naming the path.
 */
export function createGrpcBackend(bridge: GrpcBridge, options: GrpcBackendOptions): McpBackend {
  const tools = bridge.tools.map(({ name, description, inputSchema, outputSchema }) => ({
    name,
    description,
    inputSchema,
    outputSchema,
  }))
  return {
    serverInfo: { name: 'switchyard-translate', version, title: `gRPC ${options.target}` },
    capabilities: { tools: {} },
    instructions: `Each tool calls one method of the gRPC services at ${options.target}: ${options.services.join(', ')}.`,
    async handle(method, params, context) {
      if (method === 'tools/list') return { tools }
      if (method === 'tools/call') return callTool(bridge, params, context, options.timeoutMs)
      throw new McpFaceError(-32601, `Method not found: ${method}`)
    },
  }
}

async function callTool(
  bridge: GrpcBridge,
  params: Record<string, unknown> | undefined,
  context: RequestContext,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const name = params?.name
  const args = params?.arguments ?? {}
  if (typeof name !== 'string') throw new McpFaceError(-32602, 'tools/call needs a tool name')
  if (typeof args !== 'object' || args === null || Array.isArray(args))
    throw new McpFaceError(-32602, 'tools/call arguments must be an object')
  try {
    return await bridge.call(name, args as Record<string, unknown>, {
      timeoutMs,
      signal: context.signal,
      onMessage: (message, count) =>
        void context.sendProgress(count, undefined, JSON.stringify(message)),
    })
  } catch (error) {
    if (error instanceof GrpcBridgeError && error.code === 'INVALID_ARGUMENTS')
      return { content: [{ type: 'text', text: error.message }], isError: true }
    if (error instanceof GrpcBridgeError && error.code === 'UNKNOWN_METHOD')
      throw new McpFaceError(-32602, `Unknown tool: ${name}`)
    throw error
  }
}
