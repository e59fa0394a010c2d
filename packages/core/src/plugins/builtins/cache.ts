import { z } from 'zod'
import type { Plugin, PluginContext, ToolCallPayload, ToolResultPayload } from '../plugin.js'
import { defineBuiltin } from './builtin.js'

/** `cache` options. */
export const CacheConfigSchema = z.strictObject({
  ttlSeconds: z.number().positive().default(60),
  maxEntries: z.number().int().positive().default(1000),
  /** 'principal' (default) keeps one cache per caller; 'global' shares results between callers. */
  scope: z.enum(['principal', 'global']).default('principal'),
})

/** Validated `cache` options. */
export type CacheConfig = z.infer<typeof CacheConfigSchema>

/** JSON with object keys sorted, so that equal arguments give one key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
}

const cacheable = (context: PluginContext) =>
  context.tool?.annotations.idempotentHint === true ||
  context.tool?.annotations.readOnlyHint === true

/**
 * Answers calls of tools annotated idempotent (`idempotentHint` or `readOnlyHint`) from a
 * least-recently-used cache keyed by tool, caller (unless global), the caller headers handed on
 * upstream and canonical arguments; error results are not kept.
 */
export const cache = defineBuiltin({
  configSchema: CacheConfigSchema,
  create(config): Plugin {
    const entries = new Map<string, { result: Record<string, unknown>; expires: number }>()
    // the upstream credentials a caller hands on count like the caller: results differ by them
    const keyOf = (payload: ToolCallPayload, context: PluginContext) =>
      `${context.tool?.id ?? payload.name}|${config.scope === 'principal' ? (context.principalEmail ?? '') : ''}|${context.forwarded ?? ''}|${canonicalJson(payload.arguments)}`
    return {
      toolPreInvoke(payload, context) {
        if (!cacheable(context)) return undefined
        const key = keyOf(payload, context)
        context.state.set('key', key)
        const hit = entries.get(key)
        if (!hit) return undefined
        entries.delete(key)
        if (hit.expires <= Date.now()) return undefined
        entries.set(key, hit)
        context.state.set('hit', true)
        return { result: hit.result }
      },
      toolPostInvoke(payload: ToolResultPayload, context) {
        const key = context.state.get('key')
        if (typeof key !== 'string' || context.state.has('hit') || payload.result.isError === true)
          return undefined
        entries.set(key, { result: payload.result, expires: Date.now() + config.ttlSeconds * 1000 })
        if (entries.size > config.maxEntries) entries.delete(entries.keys().next().value as string)
        return undefined
      },
      close: () => entries.clear(),
    }
  },
})
