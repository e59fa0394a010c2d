import { isA2aError } from '@switchyard/a2a';
import { GatewayError } from '@switchyard/core';
/** An A2aError in core's table: a card fault names its field as a document problem. */
export function fromA2aError(error) {
    const pointer = error.field ? `/${error.field.replaceAll('.', '/')}` : '';
    switch (error.code) {
        case 'UNREACHABLE':
        case 'PROTOCOL':
            return new GatewayError('UPSTREAM_ERROR', error.message, { cause: error });
        case 'TIMEOUT':
            return new GatewayError('UPSTREAM_TIMEOUT', error.message, { cause: error });
        case 'INVALID_CARD':
        case 'UNSUPPORTED_INTERFACE':
            return new GatewayError('INVALID_DOCUMENT', error.message, {
                problems: [{ pointer, message: error.message }],
                cause: error,
            });
        case 'INVALID_INPUT':
            return new GatewayError('VALIDATION_FAILED', error.message, {
                issues: [{ path: error.field ?? '', message: error.message }],
                cause: error,
            });
    }
}
/** Rethrows an A2aError as a GatewayError; anything else as it is. */
export function rethrowA2a(error) {
    throw isA2aError(error) ? fromA2aError(error) : error;
}
//# sourceMappingURL=a2a-errors.js.map