import type { GatewayConfig } from '../config/env-schema.js';
/** Options of `switchyard token create`. */
export interface TokenCommandOptions {
    /** The user's e-mail, written to `sub`. */
    username: string;
    /** Lifetime in minutes. */
    exp: number;
    /** Signing secret; defaults to JWT_SECRET_KEY. */
    secret?: string;
    /** Adds `is_admin: true`. */
    admin: boolean;
    /** Written to `full_name`. */
    fullName?: string;
    /** HS256, HS384 or HS512; defaults to JWT_ALGORITHM. */
    algorithm?: string;
}
/** Signs a JWT for a user with the gateway's issuer and audience (ContextForge's create_jwt_token). */
export declare function tokenCommand(options: TokenCommandOptions, config: GatewayConfig): Promise<string>;
//# sourceMappingURL=token.d.ts.map