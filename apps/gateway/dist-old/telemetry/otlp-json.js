import { otlpSpanFlags } from './otlp-encoding.js';
/**
 * OTLP/HTTP JSON, in the shape the SDK's exporter posts. The text is written into the buffer
 * handed in (kept for the next export): a fresh buffer of a few hundred KB per export, and the page
 * faults of its memory, cost more than the encoding.
 */
export function jsonEncoding(serviceName, serviceVersion) {
    const envelope = exportEnvelope(serviceName, serviceVersion);
    return {
        contentType: 'application/json',
        encode(spans, buffer) {
            const json = JSON.stringify(envelope(spans.map(toOtlpSpan)));
            if (buffer === undefined || buffer.length < json.length * 3)
                buffer = Buffer.allocUnsafeSlow(json.length * 3);
            return { buffer, body: buffer.subarray(0, buffer.write(json)) };
        },
    };
}
/** The parts of an export around its spans: resource (service name and version) and scope. */
function exportEnvelope(serviceName, serviceVersion) {
    const resource = {
        attributes: keyValues({ 'service.name': serviceName, 'service.version': serviceVersion }),
    };
    const scope = { name: 'switchyard', version: serviceVersion };
    return (spans) => ({ resourceSpans: [{ resource, scopeSpans: [{ scope, spans }] }] });
}
/**
 * One span as OTLP JSON has it (ids lowercase hex, times decimal nanoseconds, kind the API's + 1);
 * fields at their default (zero counts, no events, no links) are left out, as the protobuf JSON
 * mapping allows.
 */
function toOtlpSpan(span) {
    const { context } = span;
    const out = {
        traceId: context.traceId,
        spanId: context.spanId,
        name: span.name,
        kind: span.kind + 1,
        startTimeUnixNano: `${span.startTime}000`,
        endTimeUnixNano: `${span.endTime}000`,
        attributes: keyValues(span.attributes),
        status: span.status,
        flags: otlpSpanFlags(context.traceFlags, span.parentIsRemote),
    };
    if (span.parentSpanId !== undefined)
        out.parentSpanId = span.parentSpanId;
    const traceState = context.traceState?.serialize();
    if (traceState)
        out.traceState = traceState;
    if (span.events)
        out.events = span.events.map(toOtlpEvent);
    if (span.links)
        out.links = span.links.map(toOtlpLink);
    return out;
}
function toOtlpEvent(event) {
    return {
        name: event.name,
        timeUnixNano: `${event.time}000`,
        attributes: keyValues(event.attributes ?? {}),
    };
}
function toOtlpLink({ context, attributes }) {
    const traceState = context.traceState?.serialize();
    return {
        traceId: context.traceId,
        spanId: context.spanId,
        ...(traceState && { traceState }),
        attributes: keyValues(attributes ?? {}),
        flags: otlpSpanFlags(context.traceFlags, context.isRemote === true),
    };
}
function keyValues(attributes) {
    const out = [];
    for (const key in attributes) {
        const value = attributes[key];
        if (value !== undefined && value !== null)
            out.push({ key, value: anyValue(value) });
    }
    return out;
}
function anyValue(value) {
    switch (typeof value) {
        case 'string':
            return { stringValue: value };
        case 'number':
            return Number.isInteger(value) ? { intValue: value } : { doubleValue: value };
        case 'boolean':
            return { boolValue: value };
    }
    return Array.isArray(value) ? { arrayValue: { values: value.map((item) => anyValue(item)) } } : {};
}
//# sourceMappingURL=otlp-json.js.map