// Real A2A agents for tests, built with @a2a-js/sdk and served by express on loopback ports.
import { Role, TaskState } from '@a2a-js/sdk'
import { AgentEvent, DefaultRequestHandler, InMemoryTaskStore } from '@a2a-js/sdk/server'
import { agentCardHandler, jsonRpcHandler, UserBuilder } from '@a2a-js/sdk/server/express'
import express from 'express'

const text = (value) => ({
  content: { $case: 'text', value },
  metadata: undefined,
  filename: '',
  mediaType: '',
})

const agentMessage = (context, value) => ({
  messageId: `m-${Math.random()}`,
  contextId: context.contextId,
  taskId: context.taskId,
  role: Role.ROLE_AGENT,
  parts: [text(value)],
  metadata: undefined,
  extensions: [],
  referenceTaskIds: [],
})

const userText = (context) =>
  context.userMessage.parts
    .map((p) => (p.content?.$case === 'text' ? p.content.value : ''))
    .join('')

/** Publishes the task (new or continued); returns a function that publishes a status update. */
function begin(context, bus) {
  const status = (state, message) => ({
    state,
    message: message === undefined ? undefined : agentMessage(context, message),
    timestamp: new Date().toISOString(),
  })
  bus.publish(
    AgentEvent.task(
      context.task ?? {
        id: context.taskId,
        contextId: context.contextId,
        status: status(TaskState.TASK_STATE_SUBMITTED),
        artifacts: [],
        history: [],
        metadata: undefined,
      },
    ),
  )
  return (state, message) =>
    bus.publish(
      AgentEvent.statusUpdate({
        taskId: context.taskId,
        contextId: context.contextId,
        status: status(state, message),
        metadata: undefined,
      }),
    )
}

/** Answers at once: echoes the text, returns the data parts and file names it got as an artifact. */
const answering = {
  execute(context, bus) {
    const said = userText(context)
    const update = begin(context, bus)
    if (said === 'fail') update(TaskState.TASK_STATE_FAILED, 'it broke')
    else if (said === 'reject') update(TaskState.TASK_STATE_REJECTED, 'not my job')
    else {
      const received = context.userMessage.parts.flatMap((p) =>
        p.content?.$case === 'data'
          ? [p.content.value]
          : p.content?.$case === 'url' || p.content?.$case === 'raw'
            ? [{ file: p.filename, mediaType: p.mediaType }]
            : [],
      )
      bus.publish(
        AgentEvent.artifactUpdate({
          taskId: context.taskId,
          contextId: context.contextId,
          artifact: {
            artifactId: 'received',
            name: 'received',
            description: '',
            parts: [{ ...text(''), content: { $case: 'data', value: { received } } }],
            metadata: undefined,
            extensions: [],
          },
          append: false,
          lastChunk: true,
          metadata: undefined,
        }),
      )
      update(TaskState.TASK_STATE_COMPLETED, `echo: ${said}`)
    }
    bus.finished()
    return Promise.resolve()
  },
  cancelTask: () => Promise.resolve(),
}

/** Streams two working steps before answering; `wait` works until the task is canceled. */
function streaming(canceled) {
  const waiting = new Map()
  return {
    async execute(context, bus) {
      const update = begin(context, bus)
      update(TaskState.TASK_STATE_WORKING, 'step 1')
      if (userText(context) === 'wait') {
        await new Promise((resolve) => waiting.set(context.taskId, resolve))
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
      update(TaskState.TASK_STATE_WORKING, 'step 2')
      update(TaskState.TASK_STATE_COMPLETED, `streamed: ${userText(context)}`)
      bus.finished()
    },
    cancelTask(taskId, bus) {
      canceled.push(taskId)
      bus.publish(
        AgentEvent.statusUpdate({
          taskId,
          contextId: '',
          status: {
            state: TaskState.TASK_STATE_CANCELED,
            message: undefined,
            timestamp: undefined,
          },
          metadata: undefined,
        }),
      )
      bus.finished()
      waiting.get(taskId)?.()
      return Promise.resolve()
    },
  }
}

/** Asks for the caller's name first, then greets them in the same task. */
const asking = {
  execute(context, bus) {
    const update = begin(context, bus)
    if (context.task) update(TaskState.TASK_STATE_COMPLETED, `Hello, ${userText(context)}!`)
    else update(TaskState.TASK_STATE_INPUT_REQUIRED, 'What is your name?')
    bus.finished()
    return Promise.resolve()
  },
  cancelTask: () => Promise.resolve(),
}

/** Starts one of the test agents. */
export async function startAgent(kind) {
  const app = express()
  const seenAuth = []
  const seenHeaders = []
  const canceled = []
  app.use((req, _res, next) => {
    seenAuth.push(req.headers.authorization)
    seenHeaders.push(req.headers)
    next()
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${server.address().port}`
  const card = {
    name: `${kind} agent`,
    description: `A test agent that is ${kind}`,
    version: '1.0.0',
    supportedInterfaces: [
      { url: `${url}/rpc`, protocolBinding: 'JSONRPC', tenant: '', protocolVersion: '1.0' },
    ],
    provider: undefined,
    capabilities: { streaming: kind === 'streaming', extensions: [] },
    securitySchemes: {},
    securityRequirements: [],
    defaultInputModes: ['text/plain'],
    defaultOutputModes: ['text/plain'],
    skills: [],
    signatures: [],
  }
  const executor =
    kind === 'answering' ? answering : kind === 'asking' ? asking : streaming(canceled)
  const handler = new DefaultRequestHandler(card, new InMemoryTaskStore(), executor)
  app.use('/.well-known/agent-card.json', agentCardHandler({ agentCardProvider: handler }))
  app.use(
    '/rpc',
    jsonRpcHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication }),
  )
  return {
    url,
    seenAuth,
    seenHeaders,
    canceled,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
