import { isWellKnownSecret } from '@switchyard/auth'
import { z } from 'zod'
import { ConfigError, type ConfigProblem } from './config-error.js'
import { ENV_VARS, type EnvVar } from './env-vars.js'
import { maskUrlPassword } from '@switchyard/core'

export { ConfigError, type ConfigProblem } from './config-error.js'

type Entry = (typeof ENV_VARS)[number]
type Simplify<T> = { [K in keyof T]: T[K] } & {}

/** The validated gateway configuration: one camelCase key per variable of ENV_VARS. */
export type GatewayConfig = Simplify<
  {
    [E in Entry as E extends { default: string } ? E['key'] : never]: z.output<E['schema']>
  } & {
    [E in Entry as E extends { default: string } ? never : E['key']]?: z.output<E['schema']>
  }
>

/** Raw configuration input: `process.env` or anything shaped like it. */
export type GatewayEnv = Record<string, string | undefined>

/** The least length of JWT_SECRET_KEY and AUTH_ENCRYPTION_SECRET when NODE_ENV=production. */
export const MIN_PRODUCTION_SECRET_LENGTH = 16

const entries: readonly EnvVar[] = ENV_VARS
const byName = new Map(entries.map((entry) => [entry.name, entry]))
const productionSecrets = [
  'JWT_SECRET_KEY',
  'AUTH_ENCRYPTION_SECRET',
  'PLATFORM_ADMIN_PASSWORD',
  'BASIC_AUTH_PASSWORD',
] as const
const longSecrets = new Set<string>(['JWT_SECRET_KEY', 'AUTH_ENCRYPTION_SECRET'])
const productionRule = 'production'

function field(entry: EnvVar) {
  const fallback = entry.default
  const schema = fallback === undefined ? entry.schema.optional() : entry.schema
  return z.preprocess((raw) => (raw === undefined || raw === '' ? fallback : raw), schema)
}

function productionRules(env: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const nodeEnv = env['NODE_ENV']
  if (typeof nodeEnv !== 'string' || nodeEnv.toLowerCase() !== 'production') return
  const refuse = (variable: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [variable], message, params: { rule: productionRule } })
  for (const name of productionSecrets) {
    const value = env[name]
    if (typeof value !== 'string') continue
    if (isWellKnownSecret(value)) {
      refuse(name, 'must not be a well-known development value when NODE_ENV=production')
    } else if (longSecrets.has(name) && value.length < MIN_PRODUCTION_SECRET_LENGTH) {
      refuse(
        name,
        `must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters when NODE_ENV=production (got ${value.length})`,
      )
    }
  }
  if (env['AUTH_REQUIRED'] === false)
    refuse('AUTH_REQUIRED', 'must not be false when NODE_ENV=production')
}

function toConfig(env: Record<string, unknown>): GatewayConfig {
  const config: Record<string, unknown> = {}
  for (const entry of entries) {
    const value = env[entry.name]
    if (value !== undefined) config[entry.key] = value
  }
  return config as GatewayConfig
}

/** Parses process-env-like input (unknown variables ignored) into GatewayConfig, with production rules. */
export const GatewayEnvSchema = z
  .object(Object.fromEntries(entries.map((entry) => [entry.name, field(entry)])))
  .superRefine(productionRules)
  .transform(toConfig) as unknown as z.ZodType<GatewayConfig, GatewayEnv>

/** Validates the environment into GatewayConfig; throws ConfigError naming each bad variable. */
export function loadConfig(env: GatewayEnv): GatewayConfig {
  const result = GatewayEnvSchema.safeParse(env)
  if (result.success) return result.data
  const problems = new Map<string, ConfigProblem>()
  for (const issue of result.error.issues) {
    const variable = String(issue.path[0] ?? 'environment')
    if (!problems.has(variable)) problems.set(variable, toProblem(variable, issue, env))
  }
  throw new ConfigError([...problems.values()])
}

function toProblem(variable: string, issue: z.core.$ZodIssue, env: GatewayEnv): ConfigProblem {
  const raw = env[variable]
  const echo =
    raw !== undefined && !byName.get(variable)?.secret && !isProductionIssue(issue)
      ? ` (got ${quote(raw)})`
      : ''
  return { variable, reason: `${issue.message}${echo}` }
}

function isProductionIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && issue.params?.['rule'] === productionRule
}

function quote(raw: string): string {
  const masked = maskUrlPassword(raw)
  return JSON.stringify(masked.length > 80 ? `${masked.slice(0, 77)}...` : masked)
}
