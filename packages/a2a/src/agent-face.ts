import { randomUUID } from 'node:crypto'
import {
  Extensions,
  formatSSEErrorEvent,
  formatSSEEvent,
  Role,
  SSE_HEADERS,
  TaskState,
  type AgentCard,
  type Message,
  type Part,
} from '@a2a-js/sdk'
import {
  AgentEvent,
  DefaultExecutionEventBusManager,
  DefaultRequestHandler,
  defaultServerCallContextBuilder,
  JsonRpcTransportHandler,
  validateVersion,
  type AgentExecutor,
  type ExecutionEventBus,
  type OwnerResolver,
} from '@a2a-js/sdk/server'
import { BoundedTaskStore, MAX_KEPT_TASKS } from './bounded-task-store.js'
import { requestProblem, type JsonRpcId } from './jsonrpc-request.js'
import { resultParts, resultText } from './skill-result.js'
import type { ToolResult } from './tool-result.js'

/** Runs one skill (a tool) with its arguments; answers an MCP tool result. */
export type RunSkill = (
  skill: string,
  args: Record<string, unknown>,
  signal: AbortSignal,
) => Promise<ToolResult>

/** What one request to the face is served with. */
export interface AgentFaceCall {
  /** The card the face answers for (its skills are the tools `run` may call). */
  card: AgentCard
  /** Which agent this is (such as a virtual server's id): tasks are kept apart by agent. */
  agent: string
  /** Who is calling: tasks are kept apart by caller too. */
  caller: string
  run: RunSkill
}

/** Options of an agent face. */
export interface AgentFaceOptions {
  /** The most tasks kept in memory, for all agents and callers; default 10000. */
  maxTasks?: number
}

/** Serves tools as an A2A agent over JSON-RPC (A2A 1.0), keeping tasks in memory. */
export interface AgentFace {
  /** Answers one JSON-RPC POST: JSON, or an SSE stream for `SendStreamingMessage`. */
  handle(request: Request, call: AgentFaceCall): Promise<Response>
}

const agentMessage = (contextId: string, taskId: string, text: string): Message => ({
  messageId: randomUUID(),
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

/** The `{ skill, arguments }` data part of a message, if it has one. */
export function skillRequest(
  parts: readonly Part[],
): { skill: string; arguments: Record<string, unknown> } | undefined {
  for (const part of parts) {
    if (part.content?.$case !== 'data') continue
    const value = part.content.value as Record<string, unknown> | null
    if (value && typeof value.skill === 'string') {
      const args = value.arguments
      return {
        skill: value.skill,
        arguments: args && typeof args === 'object' ? (args as Record<string, unknown>) : {},
      }
    }
  }
  return undefined
}

/** A task being run: how to abort it, and the context it belongs to. */
interface Running {
  abort: AbortController
  contextId: string
}

function executorFor(run: RunSkill, running: Map<string, Running>): AgentExecutor {
  const status = (
    bus: ExecutionEventBus,
    taskId: string,
    contextId: string,
    state: TaskState,
    text?: string,
  ) =>
    bus.publish(
      AgentEvent.statusUpdate({
        taskId,
        contextId,
        status: {
          state,
          message: text === undefined ? undefined : agentMessage(contextId, taskId, text),
          timestamp: new Date().toISOString(),
        },
        metadata: undefined,
      }),
    )
  return {
    async execute(context, bus) {
      const { taskId, contextId } = context
      bus.publish(
        AgentEvent.task({
          id: taskId,
          contextId,
          status: {
            state: TaskState.TASK_STATE_SUBMITTED,
            message: undefined,
            timestamp: new Date().toISOString(),
          },
          artifacts: [],
          history: [context.userMessage],
          metadata: undefined,
        }),
      )
      const wanted = skillRequest(context.userMessage.parts)
      if (!wanted) {
        status(
          bus,
          taskId,
          contextId,
          TaskState.TASK_STATE_REJECTED,
          'send a data part { "skill": <tool name>, "arguments": { ... } } naming one of the skills on the agent card',
        )
        bus.finished()
        return
      }
      const abort = new AbortController()
      running.set(taskId, { abort, contextId })
      status(bus, taskId, contextId, TaskState.TASK_STATE_WORKING)
      try {
        const result = await run(wanted.skill, wanted.arguments, abort.signal)
        if (abort.signal.aborted) return
        if (result.isError) {
          status(
            bus,
            taskId,
            contextId,
            TaskState.TASK_STATE_FAILED,
            resultText(result) || `skill '${wanted.skill}' failed`,
          )
        } else {
          bus.publish(
            AgentEvent.artifactUpdate({
              taskId,
              contextId,
              artifact: {
                artifactId: randomUUID(),
                name: wanted.skill,
                description: '',
                parts: resultParts(result),
                metadata: undefined,
                extensions: [],
              },
              append: false,
              lastChunk: true,
              metadata: undefined,
            }),
          )
          status(bus, taskId, contextId, TaskState.TASK_STATE_COMPLETED)
        }
      } catch (error) {
        if (abort.signal.aborted) return
        const reason = error instanceof Error ? error.message : String(error)
        status(bus, taskId, contextId, TaskState.TASK_STATE_FAILED, reason)
      } finally {
        running.delete(taskId)
      }
      bus.finished()
    },
    async cancelTask(taskId, bus) {
      const task = running.get(taskId)
      task?.abort.abort(new Error('the task was canceled'))
      status(bus, taskId, task?.contextId ?? '', TaskState.TASK_STATE_CANCELED)
      bus.finished()
      return Promise.resolve()
    },
  }
}

/** Where a request's owner (its agent and caller) rides in the SDK's call context. */
const OWNER = 'switchyard.owner'
const ownerOf: OwnerResolver = (context) => String(context.state.get(OWNER))

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function sse(id: unknown, events: AsyncGenerator<unknown, void, undefined>): Response {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await events.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(formatSSEEvent(next.value)))
      } catch (error) {
        const failure = {
          jsonrpc: '2.0',
          id,
          error: JsonRpcTransportHandler.mapToJSONRPCError(error),
        }
        controller.enqueue(encoder.encode(formatSSEErrorEvent(failure)))
        controller.close()
      }
    },
    async cancel() {
      await events.return(undefined)
    },
  })
  return new Response(body, { headers: SSE_HEADERS })
}

/**
 * Creates an A2A agent face for tools: a `SendMessage` whose data part is
 * `{ "skill": name, "arguments": {...} }` runs that tool and answers a completed task with the
 * result as an artifact (a failed task when the tool reports an error). `GetTask`, `CancelTask`,
 * `SendStreamingMessage` and `SubscribeToTask` work as in any `@a2a-js/sdk` agent. A request
 * without an `A2A-Version` header is taken as 1.0. Past `maxTasks`, the task saved least recently
 * is forgotten.
 */
export function createAgentFace(options: AgentFaceOptions = {}): AgentFace {
  const store = new BoundedTaskStore(ownerOf, options.maxTasks ?? MAX_KEPT_TASKS)
  const buses = new DefaultExecutionEventBusManager(ownerOf)
  const running = new Map<string, Running>()
  return {
    async handle(request, call) {
      let body: unknown
      try {
        body = await request.json()
      } catch {
        return json({
          jsonrpc: '2.0',
          id: null,
          error: { code: -32700, message: 'Parse error: the body is not JSON' },
        })
      }
      const refused = requestProblem(body)
      if (refused) {
        const message = `Invalid Request: ${refused.problem}`
        return json({ jsonrpc: '2.0', id: refused.id, error: { code: -32600, message } })
      }
      const rpc = body as Record<string, unknown> & { id?: JsonRpcId }
      const id = rpc.id ?? null
      try {
        const context = defaultServerCallContextBuilder({
          extensions: Extensions.parseServiceParameter(
            request.headers.get('a2a-extensions') ?? undefined,
          ),
          user: { isAuthenticated: true, userName: call.caller },
          headers: Object.fromEntries(request.headers),
          requestedVersion: request.headers.get('a2a-version') ?? '1.0',
        })
        context.state.set(OWNER, JSON.stringify([call.agent, call.caller]))
        validateVersion(context.requestedVersion, call.card, 'JSONRPC')
        const handler = new DefaultRequestHandler(
          call.card,
          store,
          executorFor(call.run, running),
          buses,
        )
        const answer = await new JsonRpcTransportHandler(handler).handle(rpc, context)
        return Symbol.asyncIterator in answer ? sse(id, answer) : json(answer)
      } catch (error) {
        return json({ jsonrpc: '2.0', id, error: JsonRpcTransportHandler.mapToJSONRPCError(error) })
      }
    },
  }
}
