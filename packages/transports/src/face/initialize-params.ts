import { isInitializeRequest, type JSONRPCMessage } from '@modelcontextprotocol/server'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Why an `initialize` request cannot be served (its params are not MCP's), answered as -32602
 * before a face's SDK server sees it; undefined for a good one and for any other message.
 */
export function initializeParamsProblem(message: JSONRPCMessage): string | undefined {
  if (!('method' in message) || message.method !== 'initialize' || !('id' in message)) return
  if (isInitializeRequest(message)) return
  const params = isObject(message.params) ? message.params : {}
  const { clientInfo } = params
  const wrong = [
    typeof params.protocolVersion !== 'string' && 'protocolVersion (a string)',
    !isObject(params.capabilities) && 'capabilities (an object)',
    !(
      isObject(clientInfo) &&
      typeof clientInfo.name === 'string' &&
      typeof clientInfo.version === 'string'
    ) && 'clientInfo (an object with a string name and version)',
  ].filter((problem) => problem !== false)
  return wrong.length > 0
    ? `Invalid params: initialize needs ${wrong.join(', ')}`
    : 'Invalid params: the initialize params do not match the MCP schema'
}
