import { Client, type ClientOptions } from '@modelcontextprotocol/client'
import { McpFaceError } from './errors.js'
import type { McpBackend, RequestContext, SessionContext } from './types.js'

/** What the test backend saw, for assertions. */
export interface TestBackendLog {
  requests: { method: string; context: RequestContext }[]
  notifications: { method: string; context: SessionContext }[]
  errors: unknown[]
  /** Resolves with the abort reason of the `wait` tool's signal. */
  waitAborted: Promise<unknown>
  /** Resolves when a `wait` call has started. */
  waitStarted: Promise<void>
}

const tools = [
  {
    name: 'echo',
    description: 'Echoes text',
    inputSchema: { type: 'object', properties: { text: { type: 'string' } } },
  },
  {
    name: 'progress',
    description: 'Reports progress three times',
    inputSchema: { type: 'object' },
  },
  { name: 'wait', description: 'Waits until cancelled', inputSchema: { type: 'object' } },
  { name: 'sample', description: 'Asks the client to sample', inputSchema: { type: 'object' } },
  {
    name: 'ask',
    description: 'Asks for sampling with an input_required result',
    inputSchema: { type: 'object' },
  },
  { name: 'fail', description: 'Throws a JSON-RPC error', inputSchema: { type: 'object' } },
  { name: 'crash', description: 'Throws an internal error', inputSchema: { type: 'object' } },
]

const text = (value: string) => ({ content: [{ type: 'text', text: value }] })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A backend with a few tools exercising every face feature. */
export function createTestBackend(): { backend: McpBackend; log: TestBackendLog } {
  let started: () => void = () => {}
  let aborted: (reason: unknown) => void = () => {}
  const log: TestBackendLog = {
    requests: [],
    notifications: [],
    errors: [],
    waitStarted: new Promise<void>((resolve) => (started = resolve)),
    waitAborted: new Promise((resolve) => (aborted = resolve)),
  }
  const callTool = async (
    name: unknown,
    args: Record<string, unknown>,
    context: RequestContext,
  ) => {
    switch (name) {
      case 'echo':
        return text(String(args['text']))
      case 'progress':
        for (let step = 1; step <= 3; step++) {
          await sleep(40)
          await context.sendProgress(step, 3, `step ${step}`)
        }
        return text('done')
      case 'wait':
        started()
        return new Promise<Record<string, unknown>>((resolve) => {
          context.signal.addEventListener('abort', () => {
            aborted(context.signal.reason)
            resolve(text('aborted'))
          })
        })
      case 'sample': {
        const result = await context.sendRequest('sampling/createMessage', {
          messages: [{ role: 'user', content: { type: 'text', text: String(args['prompt']) } }],
          maxTokens: 16,
        })
        return text(`model said: ${(result['content'] as { text: string }).text}`)
      }
      case 'ask': {
        const answer = context.inputResponses?.['answer'] as { content?: { text?: string } }
        if (answer === undefined) {
          const messages = [{ role: 'user', content: { type: 'text', text: 'capital?' } }]
          return {
            resultType: 'input_required',
            inputRequests: {
              answer: { method: 'sampling/createMessage', params: { messages, maxTokens: 16 } },
            },
            requestState: 'round-1',
          }
        }
        return text(`model said: ${String(answer.content?.text)} (${String(context.requestState)})`)
      }
      case 'fail':
        throw new McpFaceError(-32050, 'The teapot refused', { reason: 'teapot' })
      case 'crash':
        throw new Error('secret internal detail')
      default:
        throw new McpFaceError(-32602, `Unknown tool: ${String(name)}`)
    }
  }
  const backend: McpBackend = {
    serverInfo: { name: 'test-gateway', version: '1.2.3' },
    capabilities: { tools: { listChanged: true }, logging: {} },
    instructions: 'Use the echo tool.',
    handle(method, params, context) {
      log.requests.push({ method, context })
      if (method === 'tools/list') return Promise.resolve({ tools })
      if (method === 'tools/call')
        return callTool(
          params?.['name'],
          (params?.['arguments'] ?? {}) as Record<string, unknown>,
          context,
        )
      return Promise.reject(new McpFaceError(-32601, `Method not found: ${method}`))
    },
    notify(method, _params, context) {
      log.notifications.push({ method, context })
    },
  }
  return { backend, log }
}

/** An SDK client that declares sampling and answers it with `echo of <prompt>`. */
export function samplingClient(name: string, options: ClientOptions = {}): Client {
  const client = new Client(
    { name, version: '0.0.1' },
    { ...options, capabilities: { sampling: {}, ...options.capabilities } },
  )
  client.setRequestHandler('sampling/createMessage', (request) => {
    const content = request.params.messages[0]?.content
    const prompt = content !== undefined && 'text' in content ? content.text : ''
    return {
      model: 'test-model',
      role: 'assistant',
      content: { type: 'text', text: `echo of ${prompt}` },
    }
  })
  return client
}
