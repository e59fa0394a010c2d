import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { z } from 'zod'
import { GatewayError } from '../errors.js'
import { issueMessage } from '../schemas/issue-message.js'
import { BuiltinOptionError, type BuiltinServices } from './builtins/builtin.js'
import { BUILTINS } from './builtins/all.js'
import { HOOK_NAMES, type Plugin, type PluginEntry } from './plugin.js'
import { PluginsConfigSchema, type PluginConfigEntry } from './plugin-config.js'

/** What a module plugin's default export may be: a plugin, or a factory of one. */
export type PluginFactory = (
  config: Record<string, unknown>,
  info: { name: string },
) => Plugin | Promise<Plugin>

type Path = readonly PropertyKey[]

function invalid(file: string, path: Path, message: string): GatewayError {
  const field = path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
  const pointer = `/${path.map(String).join('/')}`
  return new GatewayError('INVALID_DOCUMENT', `${file}: ${field ? `${field}: ` : ''}${message}`, {
    problems: [{ pointer, message }],
  })
}

function firstIssue(file: string, prefix: Path, error: z.ZodError): GatewayError {
  const issue = error.issues[0]
  return invalid(file, [...prefix, ...(issue?.path ?? [])], issue?.message ?? 'is invalid')
}

function checkPlugin(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object')
    return 'does not export a plugin object or factory'
  const record = value as Record<string, unknown>
  const bad = [...HOOK_NAMES, 'close'].find(
    (k) => record[k] !== undefined && typeof record[k] !== 'function',
  )
  if (bad) return `exports a plugin whose '${bad}' is not a function`
  if (!HOOK_NAMES.some((hook) => record[hook] !== undefined))
    return 'exports a plugin with no hooks'
  return undefined
}

/**
 * A module plugin, imported and created within the entry's `timeoutMs`: a module or factory that
 * never settles would otherwise leave startup waiting on nothing (Node then exits with code 13).
 */
async function fromModule(file: string, entry: PluginConfigEntry, index: number): Promise<Plugin> {
  const at = ['plugins', index, 'module'] as const
  const creating = createModulePlugin(file, entry, at)
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // a plugin created after all is closed, like the entries loaded before it
      creating.then(async (plugin) => plugin.close?.()).catch(() => undefined)
      const seconds = entry.timeoutMs / 1000
      reject(
        invalid(
          file,
          at,
          `plugin '${entry.name}' did not finish loading within ${seconds} s (its timeoutMs)`,
        ),
      )
    }, entry.timeoutMs)
  })
  try {
    return await Promise.race([creating, late])
  } finally {
    clearTimeout(timer)
  }
}

async function createModulePlugin(
  file: string,
  entry: PluginConfigEntry,
  at: Path,
): Promise<Plugin> {
  const specifier = entry.module ?? ''
  const url = /^[a-z][a-z0-9+.-]*:/i.test(specifier)
    ? specifier
    : pathToFileURL(resolve(dirname(file), specifier)).href
  let exported: unknown
  try {
    exported = ((await import(url)) as { default?: unknown }).default
  } catch (error) {
    throw invalid(file, at, `'${specifier}' cannot be loaded: ${(error as Error).message}`)
  }
  let plugin: unknown = exported
  if (typeof exported === 'function') {
    try {
      plugin = await (exported as PluginFactory)(entry.config, { name: entry.name })
    } catch (error) {
      throw invalid(
        file,
        at,
        `'${specifier}' failed to create its plugin: ${(error as Error).message}`,
      )
    }
  }
  const problem = checkPlugin(plugin)
  if (problem) throw invalid(file, at, `'${specifier}' ${problem}`)
  return plugin as Plugin
}

function fromBuiltin(
  file: string,
  entry: PluginConfigEntry,
  index: number,
  services: BuiltinServices,
): Plugin {
  const builtin = BUILTINS[entry.builtin ?? 'cache']
  const parsed = builtin.configSchema.safeParse(entry.config, { error: issueMessage })
  if (!parsed.success) throw firstIssue(file, ['plugins', index, 'config'], parsed.error)
  try {
    return (builtin.create as (config: unknown, services: BuiltinServices) => Plugin)(
      parsed.data,
      services,
    )
  } catch (error) {
    const option = error instanceof BuiltinOptionError ? [error.option] : []
    throw invalid(file, ['plugins', index, 'config', ...option], (error as Error).message)
  }
}

/**
 * Reads a plugins config file (YAML or JSON), validates it and creates its plugins in order:
 * built-ins by name, modules by dynamic import (paths relative to the file). Throws
 * INVALID_DOCUMENT naming the file and the field at fault.
 */
export async function loadPlugins(
  file: string,
  services: BuiltinServices = {},
): Promise<PluginEntry[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw invalid(file, [], `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const { parse } = await import('yaml')
  let document: unknown
  try {
    document = parse(text)
  } catch (error) {
    throw invalid(
      file,
      [],
      `is not valid YAML or JSON: ${(error as Error).message.split('\n')[0] ?? ''}`,
    )
  }
  const config = PluginsConfigSchema.safeParse(document, { error: issueMessage })
  if (!config.success) throw firstIssue(file, [], config.error)
  const entries: PluginEntry[] = []
  try {
    for (const [index, entry] of config.data.plugins.entries()) {
      const plugin =
        entry.kind === 'builtin'
          ? fromBuiltin(file, entry, index, services)
          : await fromModule(file, entry, index)
      entries.push({
        name: entry.name,
        mode: entry.mode,
        timeoutMs: entry.timeoutMs,
        servers: entry.servers ?? null,
        plugin,
      })
    }
  } catch (error) {
    await Promise.allSettled(entries.map(async (e) => e.plugin.close?.()))
    throw error
  }
  return entries
}
