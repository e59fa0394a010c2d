import { z } from 'zod'
import type { HookOutcome, Plugin } from '../plugin.js'
import { defineBuiltin } from './builtin.js'
import { findString, mapStrings } from './json-strings.js'

const Pattern = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source)
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `invalid regular expression: ${(error as Error).message}`,
    })
  }
})

/** `regex-filter` options. */
export const RegexFilterConfigSchema = z
  .strictObject({
    /** A string matching any of these is refused (or has the match redacted). */
    deny: z.array(Pattern).default([]),
    /** When set, every string must match one of these (or is replaced whole). */
    allow: z.array(Pattern).default([]),
    /** What is checked: call and prompt arguments, and/or tool, prompt and resource results. */
    on: z
      .array(z.enum(['arguments', 'results']))
      .min(1)
      .default(['arguments', 'results']),
    action: z.enum(['block', 'redact']).default('block'),
    replacement: z.string().default('[REDACTED]'),
    /** RegExp flags for every pattern, such as 'i'. */
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'may only hold the flags i, m, s and u')
      .default(''),
  })
  .refine((c) => c.deny.length + c.allow.length > 0, 'needs at least one deny or allow pattern')

/** Validated `regex-filter` options. */
export type RegexFilterConfig = z.infer<typeof RegexFilterConfigSchema>

function filter(config: RegexFilterConfig) {
  const deny = config.deny.map((p) => new RegExp(p, config.flags))
  const denyAll = config.deny.map((p) => new RegExp(p, `${config.flags}g`))
  const allow = config.allow.map((p) => new RegExp(p, config.flags))
  const allowed = (text: string) => allow.length === 0 || allow.some((r) => r.test(text))
  return (value: unknown, what: string, result: boolean): { value?: unknown; reject?: string } => {
    if (config.action === 'block') {
      for (const pattern of deny) {
        if (findString(value, (text) => pattern.test(text), result) !== undefined)
          return { reject: `${what} match the deny pattern ${String(pattern)}` }
      }
      if (findString(value, (text) => !allowed(text), result) !== undefined)
        return { reject: `${what} hold a value that matches no allow pattern` }
      return {}
    }
    const redact = (text: string) =>
      allowed(text)
        ? denyAll.reduce((out, pattern) => out.replace(pattern, config.replacement), text)
        : config.replacement
    return { value: mapStrings(value, redact, result) }
  }
}

/** Refuses or redacts strings in arguments and results by deny and allow regular expressions. */
export const regexFilter = defineBuiltin({
  configSchema: RegexFilterConfigSchema,
  create(config): Plugin {
    const check = filter(config)
    const onArguments = config.on.includes('arguments')
    const onResults = config.on.includes('results')
    const pre = <P extends { arguments: Record<string, unknown> }>(payload: P): HookOutcome<P> => {
      const { value, reject } = check(payload.arguments, 'the arguments', false)
      if (reject !== undefined) return { reject }
      if (value === undefined) return undefined
      return { payload: { ...payload, arguments: value as Record<string, unknown> } }
    }
    const post = <P extends { result: Record<string, unknown> }>(payload: P): HookOutcome<P> => {
      const { value, reject } = check(payload.result, 'the results', true)
      if (reject !== undefined) return { reject }
      if (value === undefined) return undefined
      return { payload: { ...payload, result: value as Record<string, unknown> } }
    }
    return {
      ...(onArguments && { toolPreInvoke: pre, promptPreRender: pre }),
      ...(onResults && { toolPostInvoke: post, promptPostRender: post, resourcePostRead: post }),
    }
  },
})
