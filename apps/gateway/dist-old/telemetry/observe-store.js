import { SpanKind } from '@opentelemetry/api';
import { ATTR, spanName } from './mcp-semconv.js';
import { failSpan } from './fail-span.js';
/**
 * A CLIENT span per store statement (`SELECT tools`, `BEGIN`, ...), under the span active where it
 * ran. Kysely reports a statement once it is done, so the span is made with its measured times.
 */
export function observeStore(tracing) {
    return (query) => {
        const span = tracing.start(spanName(query.operation, query.table ?? ''), SpanKind.CLIENT, {
            [ATTR.dbSystemName]: query.system,
            [ATTR.dbOperationName]: query.operation,
            [ATTR.dbQueryText]: query.sql,
            ...(query.table !== undefined && { [ATTR.dbCollectionName]: query.table }),
        }, undefined, query.startedAt);
        if ('error' in query) {
            failSpan(span, query.error);
            // SQLSTATE from PostgreSQL, the SQLITE_* code from SQLite
            const { code } = (query.error ?? {});
            if (typeof code === 'string')
                span.setAttribute(ATTR.dbResponseStatusCode, code);
        }
        span.end(query.startedAt + query.durationMs);
    };
}
//# sourceMappingURL=observe-store.js.map