import { z } from 'zod'
import type { HookOutcome, Plugin } from '../plugin.js'
import { defineBuiltin } from './builtin.js'

const Bytes = z.number().int().positive()

/** `size-limit` options: byte limits of the JSON of arguments and of results. */
export const SizeLimitConfigSchema = z
  .strictObject({
    maxArgumentBytes: Bytes.optional(),
    maxResultBytes: Bytes.optional(),
  })
  .refine(
    (c) => c.maxArgumentBytes !== undefined || c.maxResultBytes !== undefined,
    'needs maxArgumentBytes or maxResultBytes',
  )

/** Validated `size-limit` options. */
export type SizeLimitConfig = z.infer<typeof SizeLimitConfigSchema>

const sizeOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '')

/** Refuses calls whose arguments, or results, are larger than a limit (in bytes of JSON). */
export const sizeLimit = defineBuiltin({
  configSchema: SizeLimitConfigSchema,
  create(config): Plugin {
    const { maxArgumentBytes: maxArgs, maxResultBytes: maxResult } = config
    const pre = (payload: { arguments: unknown }): HookOutcome<never> => {
      const size = sizeOf(payload.arguments)
      if (maxArgs !== undefined && size > maxArgs)
        return { reject: `the arguments are ${size} bytes, more than the limit of ${maxArgs}` }
      return undefined
    }
    const post = (payload: { result: unknown }): HookOutcome<never> => {
      const size = sizeOf(payload.result)
      if (maxResult !== undefined && size > maxResult)
        return { reject: `the result is ${size} bytes, more than the limit of ${maxResult}` }
      return undefined
    }
    return {
      ...(maxArgs !== undefined && { toolPreInvoke: pre, promptPreRender: pre }),
      ...(maxResult !== undefined && {
        toolPostInvoke: post,
        promptPostRender: post,
        resourcePostRead: post,
      }),
    }
  },
})
