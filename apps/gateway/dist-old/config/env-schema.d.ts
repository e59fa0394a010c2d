import { z } from 'zod';
import { ENV_VARS } from './env-vars.js';
export { ConfigError, type ConfigProblem } from './config-error.js';
type Entry = (typeof ENV_VARS)[number];
type Simplify<T> = {
    [K in keyof T]: T[K];
} & {};
/** The validated gateway configuration: one camelCase key per variable of ENV_VARS. */
export type GatewayConfig = Simplify<{
    [E in Entry as E extends {
        default: string;
    } ? E['key'] : never]: z.output<E['schema']>;
} & {
    [E in Entry as E extends {
        default: string;
    } ? never : E['key']]?: z.output<E['schema']>;
}>;
/** Raw configuration input: `process.env` or anything shaped like it. */
export type GatewayEnv = Record<string, string | undefined>;
/** The least length of JWT_SECRET_KEY and AUTH_ENCRYPTION_SECRET when NODE_ENV=production. */
export declare const MIN_PRODUCTION_SECRET_LENGTH = 16;
/** Parses process-env-like input (unknown variables ignored) into GatewayConfig, with production rules. */
export declare const GatewayEnvSchema: z.ZodType<GatewayConfig, GatewayEnv>;
/** Validates the environment into GatewayConfig; throws ConfigError naming each bad variable. */
export declare function loadConfig(env: GatewayEnv): GatewayConfig;
//# sourceMappingURL=env-schema.d.ts.map