import type { GrpcMethod, GrpcSchema } from './descriptors.js'
import { messageSchema, type JsonSchema } from './json-schema.js'

/** How a method streams: `unary`, `server-streaming`, `client-streaming` or `bidi-streaming`. */
export type GrpcCallKind = 'unary' | 'server-streaming' | 'client-streaming' | 'bidi-streaming'

/** An MCP tool for one gRPC method. */
export interface GrpcToolDefinition {
  /** `<service>.<method>` with the service's full name: `shop.v1.Shop.GetProduct`. */
  name: string
  description: string
  inputSchema: JsonSchema
  outputSchema: JsonSchema
  /** The method it calls. */
  method: { service: string; name: string; path: string; kind: GrpcCallKind }
}

/** The call kind of a method. */
export function callKind(method: GrpcMethod): GrpcCallKind {
  if (method.clientStreaming) return method.serverStreaming ? 'bidi-streaming' : 'client-streaming'
  return method.serverStreaming ? 'server-streaming' : 'unary'
}

const KIND_NOTES: Readonly<Record<GrpcCallKind, string>> = {
  unary: '',
  'server-streaming':
    ' Server streaming: the messages arrive as progress and are returned as `messages`.',
  'client-streaming': ' Client streaming: give the request messages as `messages`.',
  'bidi-streaming':
    ' Bidirectional streaming: give the request messages as `messages`; the answers are returned as `messages`.',
}

/** A list of messages under `messages`, for the streaming sides of a call; `$defs` stay on top. */
const messageList = ({ $defs, ...items }: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: { messages: { type: 'array', items } },
  required: ['messages'],
  additionalProperties: false,
  ...($defs !== undefined && { $defs }),
})

/** An object schema as it is; anything else (a wrapper's scalar, a Value) under `value`. */
export const objectSchema = (schema: JsonSchema): JsonSchema =>
  schema.type === 'object'
    ? schema
    : { type: 'object', properties: { value: schema }, additionalProperties: false }

/** One tool per method: schemas from the request and response types, description from comments. */
export function toolDefinitions(schema: GrpcSchema): GrpcToolDefinition[] {
  return schema.methods.map((method) => {
    const kind = callKind(method)
    const input = messageSchema(method.requestType, 'input', (name) => schema.comment(name))
    const output = messageSchema(method.responseType, 'output', (name) => schema.comment(name))
    const summary =
      schema.comment(`${method.service}.${method.name}`) ??
      `Calls ${method.service}/${method.name} (${kind}).`
    return {
      name: `${method.service}.${method.name}`,
      description: `${summary}${KIND_NOTES[kind]}`,
      inputSchema: method.clientStreaming ? messageList(input) : objectSchema(input),
      outputSchema: method.serverStreaming ? messageList(output) : objectSchema(output),
      method: { service: method.service, name: method.name, path: method.path, kind },
    }
  })
}
