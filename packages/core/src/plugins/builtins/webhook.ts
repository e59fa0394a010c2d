import { z } from 'zod'
import { createHttpCaller } from '../../rest/http-call.js'
import { HOOK_NAMES, type HookName, type Plugin, type PluginContext } from '../plugin.js'
import { BuiltinOptionError, defineBuiltin } from './builtin.js'

/** `webhook` options. */
export const WebhookConfigSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }),
  /** The hooks that call the service (all by default). */
  hooks: z
    .array(z.enum(HOOK_NAMES as [HookName, ...HookName[]]))
    .min(1)
    .optional(),
  /** Extra request headers, such as an Authorization the service expects. */
  headers: z.record(z.string(), z.string()).default({}),
})

/** Validated `webhook` options. */
export type WebhookConfig = z.infer<typeof WebhookConfigSchema>

/** What the service may answer (an empty body or `{}` lets the call go on unchanged). */
const AnswerSchema = z.object({
  reject: z.string().optional(),
  payload: z.record(z.string(), z.unknown()).optional(),
  result: z.record(z.string(), z.unknown()).optional(),
})

/**
 * POSTs `{ hook, payload, context }` to an external service for each hook; the service answers
 * `{}` to go on, `{ "payload": ... }` to change the payload, or `{ "reject": "reason" }` to veto.
 * Requests go through the outbound URL policy; the plugin's timeout aborts them.
 */
export const webhook = defineBuiltin({
  configSchema: WebhookConfigSchema,
  create(config, services): Plugin {
    try {
      services.urlPolicy?.check(config.url)
    } catch (error) {
      throw new BuiltinOptionError('url', (error as Error).message)
    }
    const http = createHttpCaller(services.urlPolicy, 1024 * 1024)
    const url = new URL(config.url)
    async function call(payload: unknown, context: PluginContext) {
      const { signal, state: _state, ...rest } = context
      const answer = await http.send({
        method: 'POST',
        url,
        headers: {
          ...config.headers,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ hook: context.hook, payload, context: rest }),
        signal,
      })
      if (answer.status < 200 || answer.status > 299)
        throw new Error(`the webhook answered HTTP ${answer.status}`)
      const text = answer.body.toString('utf8').trim()
      if (text === '') return undefined
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        throw new Error('the webhook answered a body that is not JSON')
      }
      const checked = AnswerSchema.safeParse(parsed)
      if (!checked.success)
        throw new Error(
          `the webhook answered an unexpected body: ${checked.error.issues[0]?.message ?? ''}`,
        )
      const { reject, payload: changed, result } = checked.data
      return {
        ...(reject !== undefined && { reject }),
        ...(changed !== undefined && { payload: changed }),
        ...(result !== undefined && { result }),
      }
    }
    const hooks = config.hooks ?? HOOK_NAMES
    const plugin: Plugin = { close: () => http.close() }
    for (const hook of hooks) Object.assign(plugin, { [hook]: call })
    return plugin
  },
})
