import { isWellKnownSecret } from '@switchyard/auth';
import { z } from 'zod';
import { ConfigError } from './config-error.js';
import { ENV_VARS } from './env-vars.js';
import { maskUrlPassword } from './mask.js';
export { ConfigError } from './config-error.js';
/** The least length of JWT_SECRET_KEY and AUTH_ENCRYPTION_SECRET when NODE_ENV=production. */
export const MIN_PRODUCTION_SECRET_LENGTH = 16;
const entries = ENV_VARS;
const byName = new Map(entries.map((entry) => [entry.name, entry]));
const productionSecrets = [
    'JWT_SECRET_KEY',
    'AUTH_ENCRYPTION_SECRET',
    'PLATFORM_ADMIN_PASSWORD',
    'BASIC_AUTH_PASSWORD',
];
const longSecrets = new Set(['JWT_SECRET_KEY', 'AUTH_ENCRYPTION_SECRET']);
const productionRule = 'production';
function field(entry) {
    const fallback = entry.default;
    const schema = fallback === undefined ? entry.schema.optional() : entry.schema;
    return z.preprocess((raw) => (raw === undefined || raw === '' ? fallback : raw), schema);
}
function productionRules(env, ctx) {
    const nodeEnv = env['NODE_ENV'];
    if (typeof nodeEnv !== 'string' || nodeEnv.toLowerCase() !== 'production')
        return;
    const refuse = (variable, message) => ctx.addIssue({ code: 'custom', path: [variable], message, params: { rule: productionRule } });
    for (const name of productionSecrets) {
        const value = env[name];
        if (typeof value !== 'string')
            continue;
        if (isWellKnownSecret(value)) {
            refuse(name, 'must not be a well-known development value when NODE_ENV=production');
        }
        else if (longSecrets.has(name) && value.length < MIN_PRODUCTION_SECRET_LENGTH) {
            refuse(name, `must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters when NODE_ENV=production (got ${value.length})`);
        }
    }
    if (env['AUTH_REQUIRED'] === false)
        refuse('AUTH_REQUIRED', 'must not be false when NODE_ENV=production');
}
function toConfig(env) {
    const config = {};
    for (const entry of entries) {
        const value = env[entry.name];
        if (value !== undefined)
            config[entry.key] = value;
    }
    return config;
}
/** Parses process-env-like input (unknown variables ignored) into GatewayConfig, with production rules. */
export const GatewayEnvSchema = z
    .object(Object.fromEntries(entries.map((entry) => [entry.name, field(entry)])))
    .superRefine(productionRules)
    .transform(toConfig);
/** Validates the environment into GatewayConfig; throws ConfigError naming each bad variable. */
export function loadConfig(env) {
    const result = GatewayEnvSchema.safeParse(env);
    if (result.success)
        return result.data;
    const problems = new Map();
    for (const issue of result.error.issues) {
        const variable = String(issue.path[0] ?? 'environment');
        if (!problems.has(variable))
            problems.set(variable, toProblem(variable, issue, env));
    }
    throw new ConfigError([...problems.values()]);
}
function toProblem(variable, issue, env) {
    const raw = env[variable];
    const echo = raw !== undefined && !byName.get(variable)?.secret && !isProductionIssue(issue)
        ? ` (got ${quote(raw)})`
        : '';
    return { variable, reason: `${issue.message}${echo}` };
}
function isProductionIssue(issue) {
    return issue.code === 'custom' && issue.params?.['rule'] === productionRule;
}
function quote(raw) {
    const masked = maskUrlPassword(raw);
    return JSON.stringify(masked.length > 80 ? `${masked.slice(0, 77)}...` : masked);
}
//# sourceMappingURL=env-schema.js.map