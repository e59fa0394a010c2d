import { randomFillSync } from 'node:crypto';
import { SpanStatusCode, TraceFlags, } from '@opentelemetry/api';
const ID_POOL = 4096;
const pool = Buffer.allocUnsafe(ID_POOL);
let poolHex = '';
let poolAt = ID_POOL;
/**
 * `bytes` random bytes as hex (never all zeros), cut from a pool of CSPRNG bytes turned into hex
 * at once: a slice of that string costs no copy.
 */
function randomHex(bytes) {
    for (;;) {
        if (poolAt + bytes > ID_POOL) {
            poolHex = randomFillSync(pool).toString('hex');
            poolAt = 0;
        }
        const hex = poolHex.slice(poolAt * 2, (poolAt += bytes) * 2);
        if (hex !== ZERO[bytes])
            return hex;
    }
}
const ZERO = { 8: '0'.repeat(16), 16: '0'.repeat(32) };
const ORIGIN = performance.timeOrigin;
/**
 * Microseconds since the epoch, on one clock: `performance.timeOrigin + performance.now()`. A
 * number is a `performance.now()` time (or, when larger than the time origin, epoch milliseconds),
 * as with the OpenTelemetry SDK.
 */
export function micros(time) {
    if (time === undefined)
        return Math.round((ORIGIN + performance.now()) * 1000);
    if (typeof time === 'number')
        return Math.round((time < ORIGIN ? ORIGIN + time : time) * 1000);
    if (time instanceof Date)
        return time.getTime() * 1000;
    return time[0] * 1_000_000 + Math.round(time[1] / 1000);
}
/**
 * A span that records into plain fields and hands itself to `done` when it ends; unsampled (as
 * `sample` decides from its parent and trace id) it records nothing but still has a context to pass
 * on, flagged not sampled.
 */
export class RecordedSpan {
    name;
    kind;
    attributes;
    startTime;
    done;
    context;
    status = UNSET;
    events;
    links;
    endTime = 0;
    parentSpanId;
    parentIsRemote;
    recording;
    constructor(name, kind, 
    /** Kept (not copied) and added to: the caller hands over a fresh object. */
    attributes, parent, startTime, sample, done) {
        this.name = name;
        this.kind = kind;
        this.attributes = attributes;
        this.startTime = startTime;
        this.done = done;
        const traceId = parent ? parent.traceId : randomHex(16);
        const sampled = sample(parent, traceId);
        const flags = sampled ? TraceFlags.SAMPLED : TraceFlags.NONE;
        const spanId = randomHex(8);
        const traceState = parent?.traceState;
        this.context = traceState
            ? { traceId, spanId, traceFlags: flags, traceState }
            : { traceId, spanId, traceFlags: flags };
        this.recording = sampled;
        this.parentSpanId = parent?.spanId;
        this.parentIsRemote = parent?.isRemote === true;
    }
    spanContext() {
        return this.context;
    }
    isRecording() {
        return this.recording;
    }
    setAttribute(key, value) {
        if (this.recording && key !== '' && value !== undefined && value !== null)
            this.attributes[key] = value;
        return this;
    }
    setAttributes(attributes) {
        for (const key in attributes)
            this.setAttribute(key, attributes[key]);
        return this;
    }
    /** As the SDK: UNSET is ignored, OK is final, a message is kept only with ERROR. */
    setStatus({ code, message }) {
        if (!this.recording || code === SpanStatusCode.UNSET || this.status.code === SpanStatusCode.OK)
            return this;
        this.status =
            code === SpanStatusCode.ERROR && typeof message === 'string' ? { code, message } : { code };
        return this;
    }
    updateName(name) {
        if (this.recording)
            this.name = name;
        return this;
    }
    addEvent(name, attributesOrTime, time) {
        if (!this.recording)
            return this;
        const timeGiven = isTimeInput(attributesOrTime);
        (this.events ??= []).push({
            name,
            time: micros(timeGiven ? attributesOrTime : time),
            attributes: timeGiven ? undefined : attributesOrTime,
        });
        return this;
    }
    recordException(exception, time) {
        const attributes = {};
        if (typeof exception === 'string')
            attributes['exception.message'] = exception;
        else {
            if (exception.name ?? exception.code)
                attributes['exception.type'] = String(exception.name ?? exception.code);
            if (exception.message)
                attributes['exception.message'] = exception.message;
            if (exception.stack)
                attributes['exception.stacktrace'] = exception.stack;
        }
        this.addEvent('exception', attributes, time);
    }
    addLink(link) {
        if (this.recording)
            (this.links ??= []).push(link);
        return this;
    }
    addLinks(links) {
        for (const link of links)
            this.addLink(link);
        return this;
    }
    end(time) {
        if (!this.recording)
            return;
        this.recording = false;
        this.endTime = Math.max(this.startTime, micros(time));
        this.done(this);
    }
}
const UNSET = { code: SpanStatusCode.UNSET };
function isTimeInput(value) {
    return typeof value === 'number' || value instanceof Date || Array.isArray(value);
}
//# sourceMappingURL=span-recorder.js.map