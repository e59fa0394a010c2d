import { GatewayError } from '@switchyard/core';
import type { Context } from 'hono';
import type { Logger } from '../logger.js';
import type { GatewayHonoEnv } from './route.js';
/** The REST error body. */
export interface ErrorBody {
    detail: string;
    code: string;
    errors?: {
        path: string;
        message: string;
    }[];
    problems?: {
        pointer: string;
        message: string;
    }[];
}
/**
 * Any thrown value as a GatewayError; unknown failures become INTERNAL, logged with their stack
 * (and `fields`, such as the request and trace ids).
 */
export declare function toGatewayError(error: unknown, logger?: Logger, fields?: object): GatewayError;
/** The one place a failure becomes an HTTP response: `{ detail, code, errors?, problems? }` with its status. */
export declare function errorResponse(c: Context<GatewayHonoEnv>, error: unknown, logger?: Logger): Response;
//# sourceMappingURL=error-response.d.ts.map