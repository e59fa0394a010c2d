import { AsyncLocalStorage } from 'node:async_hooks';
import { createTraceState, } from '@opentelemetry/api';
import { createOtlpExporter } from './otlp-export.js';
import { jsonEncoding } from './otlp-json.js';
import { protobufEncoding } from './otlp-protobuf.js';
import { parentBasedAlwaysOn } from './sampler.js';
import { micros, RecordedSpan } from './span-recorder.js';
/**
 * Records spans itself (see RecordedSpan: plain fields, pooled random ids, one clock) and exports
 * them over OTLP/HTTP (protobuf or JSON) in batches, off the request path. Spans of a trace the
 * sampler leaves out record nothing but pass the context on.
 */
export function createTracing(options) {
    const encode = options.protocol === 'http/json' ? jsonEncoding : protobufEncoding;
    const exporter = createOtlpExporter({
        url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces`,
        encoding: encode(options.serviceName, options.serviceVersion),
        serviceVersion: options.serviceVersion,
        warn: options.warn ?? (() => undefined),
        ...(options.headers && { headers: options.headers }),
    });
    const ended = (span) => exporter.add(span);
    const sample = options.sampler ?? parentBasedAlwaysOn;
    const spans = new AsyncLocalStorage();
    let running = 0;
    const settle = () => {
        if (--running === 0)
            spans.disable();
    };
    return {
        start(name, kind, attributes, parent, startTime) {
            // valid without checking: recorded here, or parsed by extract
            const parentSpan = parent ?? spans.getStore()?.spanContext();
            return new RecordedSpan(name, kind, attributes, parentSpan, micros(startTime), sample, ended);
        },
        with(span, fn) {
            running++;
            let result;
            try {
                result = spans.run(span, fn);
            }
            catch (error) {
                settle();
                throw error;
            }
            if (!isThenable(result)) {
                settle();
                return result;
            }
            // kept on until the run's promise settles (a thenable becomes a promise)
            return Promise.resolve(result).finally(settle);
        },
        extract(carrier, remote = true) {
            if (carrier === undefined)
                return undefined;
            if (carrier instanceof HandedContext)
                return carrier.spanContext;
            const spanContext = parseTraceparent(valueOf(carrier, 'traceparent'), remote);
            if (!spanContext)
                return undefined;
            const traceState = valueOf(carrier, 'tracestate');
            if (traceState)
                spanContext.traceState = createTraceState(traceState);
            return spanContext;
        },
        inject(span = spans.getStore()) {
            const spanContext = span?.spanContext();
            if (!spanContext)
                return undefined;
            const { traceId, spanId, traceFlags, traceState } = spanContext;
            const traceparent = `00-${traceId}-${spanId}-${(traceFlags & 0xff).toString(16).padStart(2, '0')}`;
            return new HandedContext(traceparent, traceState?.serialize(), spanContext);
        },
        attach: (headers, span) => {
            ;
            headers[HTTP_SPAN] = span;
        },
        attached: (headers) => headers?.[HTTP_SPAN]?.spanContext(),
        flush: () => exporter.flush(),
        async close() {
            await exporter.close();
            spans.disable();
        },
    };
}
/**
 * A trace context handed on by this process, taken back without parsing: its span context rides
 * in a private field, which copies of the context (`_meta`, headers) leave behind. (A WeakMap from
 * context to span costs a microsecond per short-lived key on Node 20; so does the one below.)
 */
class HandedContext {
    traceparent;
    #spanContext;
    constructor(traceparent, tracestate, spanContext) {
        this.traceparent = traceparent;
        if (tracestate)
            this.tracestate = tracestate;
        this.#spanContext = spanContext;
    }
    get spanContext() {
        return this.#spanContext;
    }
}
/** Where an HTTP request's headers keep the request's span (see attach). */
const HTTP_SPAN = Symbol('switchyard.httpSpan');
const isThenable = (value) => typeof value?.then === 'function';
function valueOf(carrier, key) {
    const value = carrier instanceof Headers ? carrier.get(key) : carrier[key];
    return typeof value === 'string' ? value : undefined;
}
/** W3C trace context, version 00 exactly, later versions by their first four fields. */
const TRACEPARENT = /^\s?((?!ff)[\da-f]{2})-((?![0]{32})[\da-f]{32})-((?![0]{16})[\da-f]{16})-([\da-f]{2})(-.*)?\s?$/;
/** A `traceparent` as a span context; undefined when absent or malformed. */
function parseTraceparent(value, remote) {
    const match = value === undefined ? null : TRACEPARENT.exec(value);
    if (!match || (match[1] === '00' && match[5] !== undefined))
        return undefined;
    return {
        traceId: match[2],
        spanId: match[3],
        traceFlags: parseInt(match[4], 16),
        isRemote: remote,
    };
}
//# sourceMappingURL=tracing.js.map