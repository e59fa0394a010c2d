import { type A2aError } from '@switchyard/a2a';
import { GatewayError } from '@switchyard/core';
/** An A2aError in core's table: a card fault names its field as a document problem. */
export declare function fromA2aError(error: A2aError): GatewayError;
/** Rethrows an A2aError as a GatewayError; anything else as it is. */
export declare function rethrowA2a(error: unknown): never;
//# sourceMappingURL=a2a-errors.d.ts.map