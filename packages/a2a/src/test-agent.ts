import type { Server } from 'node:http'
import { Role, TaskState, type AgentCard, type Message } from '@a2a-js/sdk'
import {
  AgentEvent,
  DefaultRequestHandler,
  InMemoryTaskStore,
  type AgentExecutor,
} from '@a2a-js/sdk/server'
import {
  agentCardHandler,
  jsonRpcHandler,
  restHandler,
  UserBuilder,
} from '@a2a-js/sdk/server/express'
import express from 'express'

/** A real `@a2a-js/sdk` agent on a loopback port that echoes text (streaming when asked). */
export interface TestAgent {
  url: string
  /** Authorization headers the agent saw, in order. */
  seenAuth: (string | undefined)[]
  close(): Promise<void>
}

const reply = (contextId: string, taskId: string, text: string): Message => ({
  messageId: `m-${Math.random()}`,
  contextId,
  taskId,
  role: Role.ROLE_AGENT,
  parts: [
    { content: { $case: 'text', value: text }, metadata: undefined, filename: '', mediaType: '' },
  ],
  metadata: undefined,
  extensions: [],
  referenceTaskIds: [],
})

const echo: AgentExecutor = {
  execute(context, bus) {
    const { taskId, contextId } = context
    const text = context.userMessage.parts
      .map((p) => (p.content?.$case === 'text' ? p.content.value : ''))
      .join('')
    const status = (state: TaskState, message?: string) => ({
      state,
      message: message === undefined ? undefined : reply(contextId, taskId, message),
      timestamp: new Date().toISOString(),
    })
    bus.publish(
      AgentEvent.task({
        id: taskId,
        contextId,
        status: status(TaskState.TASK_STATE_SUBMITTED),
        artifacts: [],
        history: [],
        metadata: undefined,
      }),
    )
    bus.publish(
      AgentEvent.statusUpdate({
        taskId,
        contextId,
        status: status(TaskState.TASK_STATE_WORKING, 'thinking'),
        metadata: undefined,
      }),
    )
    bus.publish(
      AgentEvent.statusUpdate({
        taskId,
        contextId,
        status: status(
          text === 'fail' ? TaskState.TASK_STATE_FAILED : TaskState.TASK_STATE_COMPLETED,
          text === 'fail' ? 'it broke' : `echo: ${text}`,
        ),
        metadata: undefined,
      }),
    )
    bus.finished()
    return Promise.resolve()
  },
  cancelTask: () => Promise.resolve(),
}

/**
 * Starts an echo agent; `legacy` serves a v0.3 card and speaks v0.3 JSON-RPC only, `rest` offers
 * only HTTP+JSON.
 */
export async function startTestAgent(
  options: { legacy?: boolean; streaming?: boolean; rest?: boolean } = {},
): Promise<TestAgent> {
  const app = express()
  const seenAuth: (string | undefined)[] = []
  app.use((req, _res, next) => {
    seenAuth.push(req.headers.authorization)
    next()
  })
  const server: Server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  const card: AgentCard = {
    name: options.legacy ? 'Legacy Echo' : 'Echo',
    description: 'Echoes what it is told',
    version: '1.0.0',
    supportedInterfaces: [
      {
        url: options.rest ? `${url}/rest` : `${url}/rpc`,
        protocolBinding: options.rest ? 'HTTP+JSON' : 'JSONRPC',
        tenant: '',
        protocolVersion: options.legacy ? '0.3' : '1.0',
      },
    ],
    provider: undefined,
    capabilities: { streaming: options.streaming ?? false, extensions: [] },
    securitySchemes: {},
    securityRequirements: [],
    defaultInputModes: ['text/plain'],
    defaultOutputModes: ['text/plain'],
    skills: [
      {
        id: 'echo',
        name: 'echo',
        description: 'Echoes',
        tags: [],
        examples: [],
        inputModes: [],
        outputModes: [],
        securityRequirements: [],
      },
    ],
    signatures: [],
  }
  const handler = new DefaultRequestHandler(card, new InMemoryTaskStore(), echo)
  if (options.legacy) {
    // A v0.3 agent: a v0.3-shaped card whatever the client asks for.
    app.get('/.well-known/agent-card.json', (_req, res) => {
      res.json({
        name: card.name,
        description: card.description,
        version: '1.0.0',
        protocolVersion: '0.3.0',
        url: `${url}/rpc`,
        preferredTransport: 'JSONRPC',
        capabilities: { streaming: false },
        defaultInputModes: ['text/plain'],
        defaultOutputModes: ['text/plain'],
        skills: [{ id: 'echo', name: 'echo', description: 'Echoes', tags: [] }],
      })
    })
  } else {
    app.use('/.well-known/agent-card.json', agentCardHandler({ agentCardProvider: handler }))
  }
  app.use(
    '/rest',
    restHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication }),
  )
  app.use(
    '/rpc',
    jsonRpcHandler({
      requestHandler: handler,
      userBuilder: UserBuilder.noAuthentication,
      ...(options.legacy && { legacyCompat: { enabled: true } }),
    }),
  )
  return {
    url,
    seenAuth,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
