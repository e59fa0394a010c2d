import { cache } from './cache.js'
import { piiMask } from './pii-mask.js'
import { regexFilter } from './regex-filter.js'
import { sizeLimit } from './size-limit.js'
import { webhook } from './webhook.js'

/** Every built-in plugin by the name a config file uses. */
export const BUILTINS = {
  'regex-filter': regexFilter,
  'pii-mask': piiMask,
  'size-limit': sizeLimit,
  cache,
  webhook,
} as const

/** The name of a built-in plugin. */
export type BuiltinName = keyof typeof BUILTINS

/** The built-ins' names, for the config schema. */
export const BUILTIN_NAMES = Object.keys(BUILTINS) as [BuiltinName, ...BuiltinName[]]
