import type { AgentCard, Artifact, Message, StreamResponse, Task } from '@a2a-js/sdk'
import {
  ClientFactory,
  ClientFactoryOptions,
  JsonRpcTransportFactory,
  RestTransportFactory,
  type Client,
} from '@a2a-js/sdk/client'
import { A2aError, isA2aError } from './a2a-error.js'
import { messageText } from './message-text.js'
import type { AgentEndpoint } from './select-interface.js'
import { taskStateName, type TaskStateName } from './task-state.js'
import { cappedFetch } from './capped-fetch.js'

/** What an agent client is made from: the card and endpoint discovery chose, and credentials. */
export interface AgentClientOptions {
  card: AgentCard
  endpoint: AgentEndpoint
  /** Send with `SendStreamingMessage` (the card says the agent streams). */
  streaming: boolean
  /** Headers sent with every request (the agent's credentials). */
  headers?: Record<string, string>
  fetch?: typeof fetch
}

/** A status change of a task, as a streaming agent reports it. */
export interface StatusUpdate {
  state: TaskStateName
  taskId: string
  contextId: string
  /** The text parts of the status message, joined. */
  text: string
}

/** Options of one send. */
export interface SendOptions {
  /** Aborting cancels the agent's task (best effort) and rejects with the signal's reason. */
  signal?: AbortSignal
  onStatus?: (update: StatusUpdate) => void
  /** Headers of this send's requests only (such as trace context). */
  headers?: Record<string, string>
}

/** An agent's answer: a task (with its state and artifacts) or a plain message. */
export interface AgentReply {
  kind: 'task' | 'message'
  /** The task's state; `completed` for a plain message. */
  state: TaskStateName
  taskId: string | null
  contextId: string | null
  /** The agent's message: the task's status message, or the plain reply. */
  message: Message | undefined
  artifacts: Artifact[]
}

/** Sends messages to one agent and cancels its tasks. */
export interface AgentClient {
  send(message: Message, options?: SendOptions): Promise<AgentReply>
  cancel(taskId: string): Promise<void>
}

function withHeaders(base: typeof fetch, extra: Record<string, string>): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers)
    for (const [name, value] of Object.entries(extra))
      if (!headers.has(name)) headers.set(name, value)
    return base(input, { ...init, headers })
  }
}

function fromTask(task: Task): AgentReply {
  return {
    kind: 'task',
    state: taskStateName(task.status?.state),
    taskId: task.id,
    contextId: task.contextId,
    message: task.status?.message,
    artifacts: [...task.artifacts],
  }
}

function fromMessage(message: Message): AgentReply {
  return {
    kind: 'message',
    state: 'completed',
    taskId: message.taskId || null,
    contextId: message.contextId || null,
    message,
    artifacts: [],
  }
}

/** Folds one stream event into the reply so far. */
function fold(reply: AgentReply | undefined, event: StreamResponse): AgentReply | undefined {
  const payload = event.payload
  switch (payload?.$case) {
    case 'task':
      return fromTask(payload.value)
    case 'message':
      return fromMessage(payload.value)
    case 'statusUpdate': {
      const { status, taskId, contextId } = payload.value
      return {
        ...(reply ??
          fromTask({
            id: taskId,
            contextId,
            status,
            artifacts: [],
            history: [],
            metadata: undefined,
          })),
        state: taskStateName(status?.state),
        message: status?.message ?? reply?.message,
      }
    }
    case 'artifactUpdate': {
      const { artifact, append } = payload.value
      if (!reply || !artifact) return reply
      const artifacts = [...reply.artifacts]
      const at = artifacts.findIndex((a) => a.artifactId === artifact.artifactId)
      const previous = artifacts[at]
      if (at < 0) artifacts.push(artifact)
      else if (append && previous)
        artifacts[at] = { ...previous, parts: [...previous.parts, ...artifact.parts] }
      else artifacts[at] = artifact
      return { ...reply, artifacts }
    }
    default:
      return reply
  }
}

function protocolError(error: unknown, url: string): A2aError {
  if (isA2aError(error)) return error
  const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined
  if (error instanceof TypeError && cause) {
    return new A2aError(
      'UNREACHABLE',
      `the agent at ${url} could not be reached: ${cause.message}`,
      {
        cause: error,
      },
    )
  }
  const reason = error instanceof Error ? error.message : String(error)
  return new A2aError('PROTOCOL', `the agent at ${url} answered with an error: ${reason}`, {
    cause: error,
  })
}

/** Creates a client of one agent over the interface discovery chose (v1.0, or the v0.3 compat layer). */
export function createAgentClient(options: AgentClientOptions): AgentClient {
  const { endpoint } = options
  const fetchImpl = withHeaders(cappedFetch(options.fetch ?? fetch), options.headers ?? {})
  const transports = { fetchImpl, legacyCompat: { enabled: true } }
  const declared = options.card.supportedInterfaces.find(
    (entry) => entry.url === endpoint.url && entry.protocolBinding === endpoint.protocolBinding,
  )
  const factory = new ClientFactory(
    ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
      transports: [new JsonRpcTransportFactory(transports), new RestTransportFactory(transports)],
      preferredTransports: [endpoint.protocolBinding],
    }),
  )
  let client: Promise<Client> | undefined
  const open = () =>
    (client ??= factory
      .createFromAgentCard({
        ...options.card,
        supportedInterfaces: [
          {
            url: endpoint.url,
            protocolBinding: endpoint.protocolBinding,
            tenant: declared?.tenant ?? '',
            protocolVersion: declared?.protocolVersion || endpoint.protocolVersion,
          },
        ],
      })
      .catch((error: unknown) => {
        // A client that could not be made is made again on the next call.
        client = undefined
        throw error
      }))

  async function cancel(taskId: string): Promise<void> {
    try {
      await (
        await open()
      ).cancelTask(
        { tenant: '', id: taskId, metadata: undefined },
        { signal: AbortSignal.timeout(5_000) },
      )
    } catch (error) {
      throw protocolError(error, endpoint.url)
    }
  }

  async function send(message: Message, sendOptions: SendOptions = {}): Promise<AgentReply> {
    const { signal, onStatus, headers } = sendOptions
    signal?.throwIfAborted()
    const request = { tenant: '', message, configuration: undefined, metadata: undefined }
    const callOptions = {
      ...(signal && { signal }),
      ...(headers && { serviceParameters: headers }),
    }
    let reply: AgentReply | undefined
    try {
      const agent = await open()
      if (!options.streaming) {
        const result = await agent.sendMessage(request, callOptions)
        return 'status' in result ? fromTask(result) : fromMessage(result)
      }
      for await (const event of agent.sendMessageStream(request, callOptions)) {
        reply = fold(reply, event)
        if (reply?.kind === 'task' && event.payload?.$case !== 'artifactUpdate') {
          onStatus?.({
            state: reply.state,
            taskId: reply.taskId ?? '',
            contextId: reply.contextId ?? '',
            text: messageText(reply.message),
          })
        }
      }
    } catch (error) {
      if (signal?.aborted) {
        if (reply?.taskId) await cancel(reply.taskId).catch(() => undefined)
        throw signal.reason
      }
      throw protocolError(error, endpoint.url)
    }
    if (!reply) throw new A2aError('PROTOCOL', `the agent at ${endpoint.url} sent an empty stream`)
    return reply
  }

  return { send, cancel }
}
