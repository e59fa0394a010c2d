import { randomUUID } from 'node:crypto'
import { GatewayError, isGatewayError } from '../errors.js'
import {
  HOOK_NAMES,
  type HookName,
  type PluginContext,
  type PluginEntry,
  type PluginTool,
  type PromptRenderPayload,
  type RegistrationPayload,
  type ResourceReadPayload,
  type ToolCallPayload,
} from './plugin.js'

type Result = Record<string, unknown>
type Outcome = { payload?: object; reject?: string; result?: Result } | undefined | void
type AnyHook = (payload: never, context: PluginContext) => Outcome | Promise<Outcome>

/** Who a call is for: the chain builds each hook's context from it. */
export interface CallInfo {
  serverId: string | null
  principalEmail: string | null
  tool?: PluginTool
  forwarded?: string | undefined
}

/** A permissive plugin's failure or rejection, which the chain skipped. */
export interface PluginEvent {
  plugin: string
  hook: HookName
  kind: 'failed' | 'rejected'
  message: string
}

/** Runs the hooks of the plugins that apply to one scope, in configuration order. */
export interface PluginChain {
  /** Pre hooks, the invoker (unless a pre hook answered), post hooks; resolves to the final result. */
  toolCall(
    payload: ToolCallPayload,
    info: CallInfo,
    invoke: (payload: ToolCallPayload) => Promise<Result>,
  ): Promise<Result>
  promptRender(
    payload: PromptRenderPayload,
    info: CallInfo,
    render: (payload: PromptRenderPayload) => Promise<Result>,
  ): Promise<Result>
  resourceRead(
    payload: ResourceReadPayload,
    info: CallInfo,
    read: (payload: ResourceReadPayload) => Promise<Result>,
  ): Promise<Result>
  /** Runs onRegistration hooks; throws PLUGIN_BLOCKED when an enforcing plugin rejects. */
  registration(payload: RegistrationPayload, principalEmail: string | null): Promise<void>
}

/** Options of {@link createPluginChain}. */
export interface PluginChainOptions {
  /** Told of each failure or rejection a permissive plugin had (the call went on). */
  onEvent?: (event: PluginEvent) => void
}

const POST_HOOKS = new Set<HookName>(['toolPostInvoke', 'promptPostRender', 'resourcePostRead'])
const isObject = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

interface Call {
  info: CallInfo
  requestId: string
  states: Map<string, Map<string, unknown>>
}

/** Creates the chain of the given (already scoped, enabled) entries. */
export function createPluginChain(
  entries: readonly PluginEntry[],
  options: PluginChainOptions = {},
): PluginChain {
  const withHook = (hook: HookName) => entries.filter((e) => typeof e.plugin[hook] === 'function')
  const byHook = new Map(HOOK_NAMES.map((hook) => [hook, withHook(hook)]))

  async function step(
    entry: PluginEntry,
    hook: HookName,
    payload: object,
    call: Call,
    what: string,
  ): Promise<Outcome> {
    let state = call.states.get(entry.name)
    if (!state) call.states.set(entry.name, (state = new Map<string, unknown>()))
    const controller = new AbortController()
    const context: PluginContext = {
      hook,
      plugin: entry.name,
      serverId: call.info.serverId,
      principalEmail: call.info.principalEmail,
      requestId: call.requestId,
      ...(call.info.tool && { tool: call.info.tool }),
      ...(call.info.forwarded && { forwarded: call.info.forwarded }),
      state,
      signal: controller.signal,
    }
    const fn = entry.plugin[hook] as AnyHook
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort()
        reject(new Error(`timed out after ${entry.timeoutMs} ms`))
      }, entry.timeoutMs)
    })
    let outcome: Outcome
    try {
      outcome = await Promise.race([
        Promise.resolve().then(() => fn(payload as never, context)),
        timeout,
      ])
      if (outcome !== undefined && !isObject(outcome))
        throw new Error(
          `${hook} answered ${outcome === null ? 'null' : typeof outcome}, not an object`,
        )
      const changed = outcome?.payload
      if (changed !== undefined && !isObject(changed))
        throw new Error(`${hook} answered a payload that is not an object`)
      if (changed !== undefined && POST_HOOKS.has(hook) && !isObject((changed as Result).result))
        throw new Error(`${hook} answered a payload without a result object`)
      if (outcome?.result !== undefined && !isObject(outcome.result))
        throw new Error(`${hook} answered a result that is not an object`)
    } catch (error) {
      const message =
        isGatewayError(error) || error instanceof Error ? error.message : String(error)
      if (entry.mode === 'enforce') {
        throw new GatewayError(
          'PLUGIN_FAILED',
          `plugin '${entry.name}' failed on ${what} (${hook}): ${message}`,
          { cause: error },
        )
      }
      options.onEvent?.({ plugin: entry.name, hook, kind: 'failed', message })
      return undefined
    } finally {
      clearTimeout(timer)
    }
    if (outcome?.reject === undefined) return outcome
    if (entry.mode === 'enforce') {
      throw new GatewayError(
        'PLUGIN_BLOCKED',
        `plugin '${entry.name}' blocked ${what}: ${outcome.reject}`,
      )
    }
    options.onEvent?.({ plugin: entry.name, hook, kind: 'rejected', message: outcome.reject })
    const { reject: _ignored, ...rest } = outcome
    return rest
  }

  async function around<P extends object>(
    pre: HookName,
    post: HookName,
    what: string,
    payload: P,
    info: CallInfo,
    run: (payload: P) => Promise<Result>,
  ): Promise<Result> {
    const call: Call = { info, requestId: randomUUID(), states: new Map() }
    let current = payload
    let result: Result | undefined
    for (const entry of byHook.get(pre) ?? []) {
      const outcome = await step(entry, pre, current, call, what)
      if (outcome?.payload) current = outcome.payload as P
      if (outcome?.result) {
        result = outcome.result
        break
      }
    }
    let answered: P & { result: Result } = { ...current, result: result ?? (await run(current)) }
    for (const entry of byHook.get(post) ?? []) {
      const outcome = await step(entry, post, answered, call, what)
      if (outcome?.payload) answered = outcome.payload as P & { result: Result }
    }
    return answered.result
  }

  return {
    toolCall: (payload, info, invoke) =>
      around('toolPreInvoke', 'toolPostInvoke', `tool '${payload.name}'`, payload, info, invoke),
    promptRender: (payload, info, render) =>
      around(
        'promptPreRender',
        'promptPostRender',
        `prompt '${payload.name}'`,
        payload,
        info,
        render,
      ),
    resourceRead: (payload, info, read) =>
      around(
        'resourcePreRead',
        'resourcePostRead',
        `resource '${payload.uri}'`,
        payload,
        info,
        read,
      ),
    async registration(payload, principalEmail) {
      const call: Call = {
        info: { serverId: null, principalEmail },
        requestId: randomUUID(),
        states: new Map(),
      }
      const what = `${payload.action} of ${payload.kind}${payload.id === null ? '' : ` '${payload.id}'`}`
      for (const entry of byHook.get('onRegistration') ?? []) {
        await step(entry, 'onRegistration', payload, call, what)
      }
    },
  }
}
