import { SECRET_MASK, maskUrlPassword } from '@switchyard/core'
import type { GatewayConfig } from './env-schema.js'
import { ENV_VARS, type EnvVar } from './env-vars.js'

const entries: readonly EnvVar[] = ENV_VARS

/** The effective configuration as `NAME=value` lines in table order, secrets masked. */
export function formatConfig(config: GatewayConfig): string {
  const values: Record<string, unknown> = config
  return entries.map((entry) => `${entry.name}=${display(entry, values[entry.key])}`).join('\n')
}

function display(entry: EnvVar, value: unknown): string {
  if (value === undefined) return '(unset)'
  if (entry.secret) return SECRET_MASK
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.includes('://') ? maskUrlPassword(text) : text
}
