import { z } from 'zod'
import type { HookOutcome, Plugin } from '../plugin.js'
import { defineBuiltin } from './builtin.js'
import { findString, mapStrings } from './json-strings.js'
import { mayBeSuperLinear } from './regex/backtracking.js'
import { patternProblem } from './regex/pattern-problem.js'
import { runWithin } from './run-within.js'

/** RegExp flags that patterns may use, each once. */
const FLAGS = /^(?!.*(.).*\1)[imsu]*$/

/** `regex-filter` options. */
export const RegexFilterConfigSchema = z
  .strictObject({
    /** A string matching any of these is refused (or has the match redacted). */
    deny: z.array(z.string()).default([]),
    /** When set, every string must match one of these (or is replaced whole). */
    allow: z.array(z.string()).default([]),
    /** What is checked: call and prompt arguments, and/or tool, prompt and resource results. */
    on: z
      .array(z.enum(['arguments', 'results']))
      .min(1)
      .default(['arguments', 'results']),
    action: z.enum(['block', 'redact']).default('block'),
    replacement: z.string().default('[REDACTED]'),
    /** RegExp flags for every pattern, such as 'i'. */
    flags: z.string().regex(FLAGS, 'may only hold the flags i, m, s and u, each once').default(''),
    /** How long scanning one payload may take before the call is refused. */
    scanTimeoutMs: z.number().int().positive().max(10_000).default(200),
  })
  .refine((c) => c.deny.length + c.allow.length > 0, 'needs at least one deny or allow pattern')
  .superRefine((config, ctx) => {
    if (!FLAGS.test(config.flags)) return
    for (const list of ['deny', 'allow'] as const)
      config[list].forEach((source, index) => {
        const problem = patternProblem(source, config.flags)
        if (problem) ctx.addIssue({ code: 'custom', path: [list, index], message: problem })
      })
  })

/** Validated `regex-filter` options. */
export type RegexFilterConfig = z.infer<typeof RegexFilterConfigSchema>

/**
 * Payloads with at most this many characters in all are scanned without a time limit, unless a
 * pattern may take more than linear time from one start.
 */
const UNTIMED_SCAN_CHARS = 256

type Outcome = { value?: unknown; reject?: string }

function filter(config: RegexFilterConfig) {
  const deny = config.deny.map((p) => new RegExp(p, config.flags))
  const denyAll = config.deny.map((p) => new RegExp(p, `${config.flags}g`))
  const allow = config.allow.map((p) => new RegExp(p, config.flags))
  const allowed = (text: string) => allow.length === 0 || allow.some((r) => r.test(text))
  const scan = (value: unknown, what: string, result: boolean): Outcome => {
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
  // a pattern may still take a power of the length (a.*b.*c): a long scan is stopped, not waited on
  const alwaysTimed = [...config.deny, ...config.allow].some((p) =>
    mayBeSuperLinear(p, config.flags),
  )
  return (value: unknown, what: string, result: boolean): Outcome => {
    let total = 0
    const short =
      !alwaysTimed &&
      findString(value, (text) => (total += text.length) > UNTIMED_SCAN_CHARS, result) === undefined
    if (short) return scan(value, what, result)
    const scanned = runWithin(config.scanTimeoutMs, () => scan(value, what, result))
    return (
      scanned?.value ?? {
        reject: `${what} took more than ${config.scanTimeoutMs} ms to scan (scanTimeoutMs)`,
      }
    )
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
