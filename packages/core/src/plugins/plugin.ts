/** What a plugin does when it fails, times out or rejects: block the call, log and go on, or never run. */
export type PluginMode = 'enforce' | 'permissive' | 'disabled'

/** The hook points, in the order a call meets them. */
export type HookName =
  | 'toolPreInvoke'
  | 'toolPostInvoke'
  | 'promptPreRender'
  | 'promptPostRender'
  | 'resourcePreRead'
  | 'resourcePostRead'
  | 'onRegistration'

/** The tool a tool hook runs for, as the catalog knows it. */
export interface PluginTool {
  id: string
  /** The name the client called (federated or as the virtual server exposes it). */
  name: string
  annotations: Record<string, unknown>
}

/** Who and what a hook runs for. */
export interface PluginContext {
  hook: HookName
  /** The plugin's name in the configuration. */
  plugin: string
  /** The virtual server the call came through; null for `/mcp`, REST and registration. */
  serverId: string | null
  principalEmail: string | null
  /** One id per call, shared by its pre and post hooks. */
  requestId: string
  tool?: PluginTool
  /**
   * For a tool call that hands caller headers on to its upstream (passthrough headers such as
   * `X-Upstream-Authorization`): a digest of them, never the values. Calls that differ in it may
   * get different answers from the upstream.
   */
  forwarded?: string
  /** State this plugin keeps between the pre and post hooks of one call. */
  state: Map<string, unknown>
  /** Aborted when the hook's time is up. */
  signal: AbortSignal
}

/** `tools/call`: the tool's name and arguments. */
export interface ToolCallPayload {
  name: string
  arguments: Record<string, unknown>
}

/** A tool's result (`content`, `structuredContent`, `isError`). */
export interface ToolResultPayload extends ToolCallPayload {
  result: Record<string, unknown>
}

/** `prompts/get`: the prompt's name and argument values. */
export interface PromptRenderPayload {
  name: string
  arguments: Record<string, unknown>
}

/** A rendered prompt (`description`, `messages`). */
export interface PromptResultPayload extends PromptRenderPayload {
  result: Record<string, unknown>
}

/** `resources/read`: the resource's URI. */
export interface ResourceReadPayload {
  uri: string
}

/** A resource's content (`contents`). */
export interface ResourceResultPayload extends ResourceReadPayload {
  result: Record<string, unknown>
}

/** A tool, virtual server or upstream gateway being created or updated (through the API or an import). */
export interface RegistrationPayload {
  kind: 'tool' | 'server' | 'gateway'
  action: 'create' | 'update'
  /** The entity's id on update; null on create. */
  id: string | null
  /** The validated create or update body. */
  input: Record<string, unknown>
}

/** What a hook answers: nothing (go on), a changed payload, or a rejection with a reason. */
export type HookOutcome<P> = { payload?: P; reject?: string } | undefined | void

/** A pre hook may also answer the call itself (a cached result): the invoker is then skipped. */
export type PreHookOutcome<P> =
  { payload?: P; reject?: string; result?: Record<string, unknown> } | undefined | void

/** A pre hook: runs before the call, in configuration order. */
export type PreHook<P> = (
  payload: P,
  context: PluginContext,
) => PreHookOutcome<P> | Promise<PreHookOutcome<P>>

/** A post hook: runs on the result, in configuration order. */
export type PostHook<P> = (
  payload: P,
  context: PluginContext,
) => HookOutcome<P> | Promise<HookOutcome<P>>

/** A plugin: any subset of the hooks, and an optional `close` called when the gateway stops. */
export interface Plugin {
  toolPreInvoke?: PreHook<ToolCallPayload>
  toolPostInvoke?: PostHook<ToolResultPayload>
  promptPreRender?: PreHook<PromptRenderPayload>
  promptPostRender?: PostHook<PromptResultPayload>
  resourcePreRead?: PreHook<ResourceReadPayload>
  resourcePostRead?: PostHook<ResourceResultPayload>
  /** May reject a registration; a changed payload is ignored. */
  onRegistration?: PostHook<RegistrationPayload>
  close?(): void | Promise<void>
}

/** Every hook name a plugin may define. */
export const HOOK_NAMES: readonly HookName[] = [
  'toolPreInvoke',
  'toolPostInvoke',
  'promptPreRender',
  'promptPostRender',
  'resourcePreRead',
  'resourcePostRead',
  'onRegistration',
]

/** One configured plugin: where it applies, how it fails, and the plugin itself. */
export interface PluginEntry {
  name: string
  mode: PluginMode
  /** Each hook's time limit. */
  timeoutMs: number
  /** Virtual server ids it is enabled for; null for every call (global). */
  servers: readonly string[] | null
  plugin: Plugin
}
