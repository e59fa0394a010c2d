import { z } from 'zod'
import { BUILTIN_NAMES } from './builtins/all.js'

/** One plugin in a plugins config file. */
export const PluginConfigEntrySchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[\w.-]+$/, 'may hold only letters, digits, _, . and -')
      .max(100),
    kind: z.enum(['builtin', 'module']),
    /** The built-in, when kind is 'builtin'. */
    builtin: z.enum(BUILTIN_NAMES).optional(),
    /** An ES module path (relative to the config file) or URL, when kind is 'module'. */
    module: z.string().min(1).optional(),
    mode: z.enum(['enforce', 'permissive', 'disabled']).default('enforce'),
    /** How long one hook call may take, and a module plugin to load. */
    timeoutMs: z.number().int().positive().max(600_000).default(5_000),
    /** Virtual server ids the plugin is enabled for; every call when absent. */
    servers: z.array(z.string().min(1)).min(1).optional(),
    /** Options handed to the plugin. */
    config: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((entry, ctx) => {
    const other = entry.kind === 'builtin' ? 'module' : 'builtin'
    if (entry[entry.kind] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [entry.kind],
        message: `is required when kind is '${entry.kind}'`,
      })
    if (entry[other] !== undefined)
      ctx.addIssue({ code: 'custom', path: [other], message: `is only for kind '${other}'` })
  })

/** A validated plugin entry of the config file. */
export type PluginConfigEntry = z.infer<typeof PluginConfigEntrySchema>

/** A plugins config file (YAML or JSON): the plugins, in the order their hooks run. */
export const PluginsConfigSchema = z
  .strictObject({ plugins: z.array(PluginConfigEntrySchema) })
  .superRefine((config, ctx) => {
    const seen = new Set<string>()
    config.plugins.forEach((entry, index) => {
      if (seen.has(entry.name))
        ctx.addIssue({
          code: 'custom',
          path: ['plugins', index, 'name'],
          message: `'${entry.name}' is used twice`,
        })
      seen.add(entry.name)
    })
  })

/** A validated plugins config file. */
export type PluginsConfig = z.infer<typeof PluginsConfigSchema>
