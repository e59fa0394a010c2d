import type { z } from 'zod'
import type { UrlPolicy } from '../../rest/url-policy.js'
import type { Plugin } from '../plugin.js'

/** What built-ins may use from the gateway. */
export interface BuiltinServices {
  /** Where the webhook plugin may send requests. */
  urlPolicy?: UrlPolicy
}

/** Thrown by a built-in's `create` when one option is refused; names the option (`url`). */
export class BuiltinOptionError extends Error {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message)
  }
}

/** A built-in plugin kind: its config schema and a factory. */
export interface Builtin<C> {
  configSchema: z.ZodType<C>
  create(config: C, services: BuiltinServices): Plugin
}

/** Declares a built-in (keeps the config type tied to its schema). */
export function defineBuiltin<C>(builtin: Builtin<C>): Builtin<C> {
  return builtin
}
