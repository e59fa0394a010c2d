import { a as SpanStatusCode, l as TraceFlags, n as init_esm, r as createTraceState } from "./esm-CNhVgyyx.js";
import { n as parentBasedAlwaysOn } from "./sampler-DU7tGoIv.js";
import { randomFillSync } from "node:crypto";
import http from "node:http";
import { AsyncLocalStorage } from "node:async_hooks";
import https from "node:https";
// dist/telemetry/otlp-export.js
init_esm();
const BATCH = 512;
const QUEUE = 2048;
const DELAY_MS = 1e3;
const IN_FLIGHT = 2;
const TIMEOUT_MS = 1e4;
const ATTEMPTS = 3;
const RETRYABLE = new Set([
	429,
	502,
	503,
	504
]);
const WARN_EVERY_MS = 6e4;
function createOtlpExporter(options) {
	const url = new URL(options.url);
	const transport = url.protocol === "https:" ? https : http;
	const agent = new transport.Agent({
		keepAlive: true,
		maxSockets: IN_FLIGHT
	});
	const { encoding } = options;
	const queue = [];
	const posts = new Set();
	let timer;
	let closed = false;
	let dropped = 0;
	let warnedAt = -Infinity;
	const drop = (count, reason) => {
		dropped += count;
		const now = Date.now();
		if (now - warnedAt < WARN_EVERY_MS) return;
		warnedAt = now;
		options.warn("spans dropped", {
			reason,
			droppedSoFar: dropped
		});
	};
	const attempt = (body) => new Promise((resolve) => {
		let outcome = {
			ok: false,
			retry: true,
			reason: "answer cut off"
		};
		const req = transport.request(url, {
			method: "POST",
			agent,
			timeout: TIMEOUT_MS,
			headers: {
				"user-agent": `switchyard/${options.serviceVersion}`,
				...options.headers,
				"content-type": encoding.contentType,
				"content-length": body.length
			}
		}, (res) => {
			res.resume();
			const status = res.statusCode ?? 0;
			const ok = status >= 200 && status < 300;
			res.on("end", () => {
				outcome = {
					ok,
					retry: RETRYABLE.has(status),
					reason: `HTTP ${status}`
				};
			});
		});
		req.on("timeout", () => req.destroy(new Error("timed out")));
		req.on("error", (error) => {
			outcome = {
				ok: false,
				retry: true,
				reason: error.message
			};
		});
		req.on("close", () => resolve(outcome));
		req.end(body);
	});
	const buffers = [];
	const post = async (batch) => {
		const { buffer, body } = encoding.encode(batch, buffers.pop());
		try {
			for (let tries = 1;; tries++) {
				const outcome = await attempt(body);
				if (outcome.ok) return;
				if (!outcome.retry || tries === ATTEMPTS || closed) return drop(batch.length, outcome.reason);
				await new Promise((resolve) => setTimeout(resolve, tries * 500));
			}
		} finally {
			buffers.push(buffer);
		}
	};
	const send = (all) => {
		clearTimeout(timer);
		timer = void 0;
		while (queue.length >= (all ? 1 : BATCH) && posts.size < IN_FLIGHT) {
			const sent = post(queue.splice(0, BATCH)).finally(() => {
				posts.delete(sent);
				if (queue.length >= BATCH) send(false);
			});
			posts.add(sent);
		}
		if (queue.length > 0) schedule();
	};
	const schedule = () => {
		timer ??= setTimeout(() => send(true), DELAY_MS).unref();
	};
	const flush = async () => {
		while (queue.length > 0 || posts.size > 0) {
			send(true);
			await Promise.all(posts);
		}
	};
	return {
		add(span) {
			if (closed) return;
			if (queue.length >= QUEUE) return drop(1, "queue full");
			queue.push(span);
			if (queue.length >= BATCH) send(false);
			else schedule();
		},
		flush,
		async close() {
			closed = true;
			await flush();
			agent.destroy();
		}
	};
}
// dist/telemetry/otlp-encoding.js
const otlpSpanFlags = (traceFlags, remote) => traceFlags & 255 | 256 | (remote ? 512 : 0);
// dist/telemetry/otlp-json.js
function jsonEncoding(serviceName, serviceVersion) {
	const envelope = exportEnvelope(serviceName, serviceVersion);
	return {
		contentType: "application/json",
		encode(spans, buffer) {
			const json = JSON.stringify(envelope(spans.map(toOtlpSpan)));
			if (buffer === void 0 || buffer.length < json.length * 3) buffer = Buffer.allocUnsafeSlow(json.length * 3);
			return {
				buffer,
				body: buffer.subarray(0, buffer.write(json))
			};
		}
	};
}
function exportEnvelope(serviceName, serviceVersion) {
	const resource = { attributes: keyValues({
		"service.name": serviceName,
		"service.version": serviceVersion
	}) };
	const scope = {
		name: "switchyard",
		version: serviceVersion
	};
	return (spans) => ({ resourceSpans: [{
		resource,
		scopeSpans: [{
			scope,
			spans
		}]
	}] });
}
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
		flags: otlpSpanFlags(context.traceFlags, span.parentIsRemote)
	};
	if (span.parentSpanId !== void 0) out.parentSpanId = span.parentSpanId;
	const traceState = context.traceState?.serialize();
	if (traceState) out.traceState = traceState;
	if (span.events) out.events = span.events.map(toOtlpEvent);
	if (span.links) out.links = span.links.map(toOtlpLink);
	return out;
}
function toOtlpEvent(event) {
	return {
		name: event.name,
		timeUnixNano: `${event.time}000`,
		attributes: keyValues(event.attributes ?? {})
	};
}
function toOtlpLink({ context, attributes }) {
	const traceState = context.traceState?.serialize();
	return {
		traceId: context.traceId,
		spanId: context.spanId,
		...traceState && { traceState },
		attributes: keyValues(attributes ?? {}),
		flags: otlpSpanFlags(context.traceFlags, context.isRemote === true)
	};
}
function keyValues(attributes) {
	const out = [];
	for (const key in attributes) {
		const value = attributes[key];
		if (value !== void 0 && value !== null) out.push({
			key,
			value: anyValue$1(value)
		});
	}
	return out;
}
function anyValue$1(value) {
	switch (typeof value) {
		case "string": return { stringValue: value };
		case "number": return Number.isInteger(value) ? { intValue: value } : { doubleValue: value };
		case "boolean": return { boolValue: value };
	}
	return Array.isArray(value) ? { arrayValue: { values: value.map((item) => anyValue$1(item)) } } : {};
}
// dist/telemetry/otlp-protobuf.js
function protobufEncoding(serviceName, serviceVersion) {
	return {
		contentType: "application/x-protobuf",
		encode(spans, buffer) {
			const w = new ProtoWriter(buffer);
			const resourceSpans = w.begin(1);
			const resource = w.begin(1);
			keyValue(w, 1, "service.name", serviceName);
			keyValue(w, 1, "service.version", serviceVersion);
			w.end(resource);
			const scopeSpans = w.begin(2);
			const scope = w.begin(1);
			w.string(1, "switchyard");
			w.string(2, serviceVersion);
			w.end(scope);
			for (const span of spans) writeSpan(w, span);
			w.end(scopeSpans);
			w.end(resourceSpans);
			return w.written();
		}
	};
}
function writeSpan(w, span) {
	const { context } = span;
	const at = w.begin(2);
	w.hex(1, context.traceId);
	w.hex(2, context.spanId);
	const traceState = context.traceState?.serialize();
	if (traceState) w.string(3, traceState);
	if (span.parentSpanId !== void 0) w.hex(4, span.parentSpanId);
	w.string(5, span.name);
	w.varintField(6, span.kind + 1);
	w.nanos(7, span.startTime);
	w.nanos(8, span.endTime);
	attributes(w, 9, span.attributes);
	if (span.events) for (const event of span.events) writeEvent(w, event);
	if (span.links) for (const link of span.links) writeLink(w, link);
	const { code, message } = span.status;
	if (code !== SpanStatusCode.UNSET) {
		const status = w.begin(15);
		if (message) w.string(2, message);
		w.varintField(3, code);
		w.end(status);
	}
	w.fixed32(16, otlpSpanFlags(context.traceFlags, span.parentIsRemote));
	w.end(at);
}
function writeEvent(w, event) {
	const at = w.begin(11);
	w.nanos(1, event.time);
	w.string(2, event.name);
	if (event.attributes) attributes(w, 3, event.attributes);
	w.end(at);
}
function writeLink(w, { context, attributes: linked }) {
	const at = w.begin(13);
	w.hex(1, context.traceId);
	w.hex(2, context.spanId);
	const traceState = context.traceState?.serialize();
	if (traceState) w.string(3, traceState);
	if (linked) attributes(w, 4, linked);
	w.fixed32(6, otlpSpanFlags(context.traceFlags, context.isRemote === true));
	w.end(at);
}
function attributes(w, field, values) {
	for (const key in values) {
		const value = values[key];
		if (value !== void 0 && value !== null) keyValue(w, field, key, value);
	}
}
function keyValue(w, field, key, value) {
	const at = w.begin(field);
	w.string(1, key);
	anyValue(w, 2, value);
	w.end(at);
}
function anyValue(w, field, value) {
	const at = w.begin(field);
	switch (typeof value) {
		case "string":
			w.string(1, value);
			break;
		case "boolean":
			w.varintField(2, value ? 1 : 0);
			break;
		case "number":
			if (Number.isSafeInteger(value)) w.int64(3, value);
			else w.double(4, value);
			break;
		default: if (Array.isArray(value)) {
			const array = w.begin(5);
			for (const item of value) anyValue(w, 1, item);
			w.end(array);
		}
	}
	w.end(at);
}
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;
const TWO_32 = 2 ** 32;
var ProtoWriter = class {
	#buf;
	#pos = 0;
	constructor(buffer) {
		this.#buf = buffer ?? Buffer.allocUnsafeSlow(65536);
	}
	written() {
		return {
			buffer: this.#buf,
			body: this.#buf.subarray(0, this.#pos)
		};
	}
	begin(field) {
		this.#tag(field, WIRE_LENGTH);
		this.#room(1);
		return this.#pos++;
	}
	end(start) {
		const length = this.#pos - start - 1;
		if (length < 128) {
			this.#buf[start] = length;
			return;
		}
		const extra = varintSize(length) - 1;
		this.#room(extra);
		this.#buf.copyWithin(start + 1 + extra, start + 1, this.#pos);
		this.#pos += extra;
		this.#writeVarint(length, start);
	}
	string(field, value) {
		this.#tag(field, WIRE_LENGTH);
		const max = value.length * 3;
		this.#room(max + 5);
		if (max < 128) {
			const length = this.#buf.write(value, this.#pos + 1);
			this.#buf[this.#pos] = length;
			this.#pos += 1 + length;
			return;
		}
		this.#varint(Buffer.byteLength(value));
		this.#pos += this.#buf.write(value, this.#pos);
	}
	hex(field, value) {
		this.#tag(field, WIRE_LENGTH);
		this.#room(value.length / 2 + 1);
		const length = this.#buf.write(value, this.#pos + 1, "hex");
		this.#buf[this.#pos] = length;
		this.#pos += 1 + length;
	}
	varintField(field, value) {
		this.#tag(field, WIRE_VARINT);
		this.#varint(value);
	}
	int64(field, value) {
		this.#tag(field, WIRE_VARINT);
		if (value >= 0) return this.#varint(value);
		let rest = BigInt.asUintN(64, BigInt(value));
		this.#room(10);
		while (rest > 127n) {
			this.#buf[this.#pos++] = Number(rest & 127n) | 128;
			rest >>= 7n;
		}
		this.#buf[this.#pos++] = Number(rest);
	}
	double(field, value) {
		this.#tag(field, WIRE_FIXED64);
		this.#room(8);
		this.#pos = this.#buf.writeDoubleLE(value, this.#pos);
	}
	fixed32(field, value) {
		this.#tag(field, WIRE_FIXED32);
		this.#room(4);
		this.#pos = this.#buf.writeUInt32LE(value, this.#pos);
	}
	nanos(field, micros) {
		this.#tag(field, WIRE_FIXED64);
		this.#room(8);
		const high = Math.floor(micros / TWO_32);
		const low = (micros - high * TWO_32) * 1e3;
		const carry = Math.floor(low / TWO_32);
		this.#buf.writeUInt32LE(low - carry * TWO_32, this.#pos);
		this.#pos = this.#buf.writeUInt32LE(high * 1e3 + carry, this.#pos + 4);
	}
	#tag(field, wire) {
		this.#varint(field * 8 + wire);
	}
	#varint(value) {
		this.#room(10);
		this.#pos = this.#writeVarint(value, this.#pos);
	}
	#writeVarint(value, at) {
		const buf = this.#buf;
		while (value >= 128) {
			buf[at++] = value % 128 | 128;
			value = Math.floor(value / 128);
		}
		buf[at++] = value;
		return at;
	}
	#room(bytes) {
		if (this.#pos + bytes <= this.#buf.length) return;
		const grown = Buffer.allocUnsafeSlow(Math.max(this.#buf.length * 2, this.#pos + bytes));
		this.#buf.copy(grown, 0, 0, this.#pos);
		this.#buf = grown;
	}
};
function varintSize(value) {
	let size = 1;
	while (value >= 128) {
		value = Math.floor(value / 128);
		size++;
	}
	return size;
}
// dist/telemetry/span-recorder.js
init_esm();
const ID_POOL = 4096;
const pool = Buffer.allocUnsafe(ID_POOL);
let poolHex = "";
let poolAt = ID_POOL;
function randomHex(bytes) {
	for (;;) {
		if (poolAt + bytes > ID_POOL) {
			poolHex = randomFillSync(pool).toString("hex");
			poolAt = 0;
		}
		const hex = poolHex.slice(poolAt * 2, (poolAt += bytes) * 2);
		if (hex !== ZERO[bytes]) return hex;
	}
}
const ZERO = {
	8: "0".repeat(16),
	16: "0".repeat(32)
};
const ORIGIN = performance.timeOrigin;
function micros(time) {
	if (time === void 0) return Math.round((ORIGIN + performance.now()) * 1e3);
	if (typeof time === "number") return Math.round((time < ORIGIN ? ORIGIN + time : time) * 1e3);
	if (time instanceof Date) return time.getTime() * 1e3;
	return time[0] * 1e6 + Math.round(time[1] / 1e3);
}
var RecordedSpan = class {
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
	constructor(name, kind, attributes, parent, startTime, sample, done) {
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
		this.context = traceState ? {
			traceId,
			spanId,
			traceFlags: flags,
			traceState
		} : {
			traceId,
			spanId,
			traceFlags: flags
		};
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
		if (this.recording && key !== "" && value !== void 0 && value !== null) this.attributes[key] = value;
		return this;
	}
	setAttributes(attributes) {
		for (const key in attributes) this.setAttribute(key, attributes[key]);
		return this;
	}
	setStatus({ code, message }) {
		if (!this.recording || code === SpanStatusCode.UNSET || this.status.code === SpanStatusCode.OK) return this;
		this.status = code === SpanStatusCode.ERROR && typeof message === "string" ? {
			code,
			message
		} : { code };
		return this;
	}
	updateName(name) {
		if (this.recording) this.name = name;
		return this;
	}
	addEvent(name, attributesOrTime, time) {
		if (!this.recording) return this;
		const timeGiven = isTimeInput(attributesOrTime);
		(this.events ??= []).push({
			name,
			time: micros(timeGiven ? attributesOrTime : time),
			attributes: timeGiven ? void 0 : attributesOrTime
		});
		return this;
	}
	recordException(exception, time) {
		const attributes = {};
		if (typeof exception === "string") attributes["exception.message"] = exception;
		else {
			if (exception.name ?? exception.code) attributes["exception.type"] = String(exception.name ?? exception.code);
			if (exception.message) attributes["exception.message"] = exception.message;
			if (exception.stack) attributes["exception.stacktrace"] = exception.stack;
		}
		this.addEvent("exception", attributes, time);
	}
	addLink(link) {
		if (this.recording) (this.links ??= []).push(link);
		return this;
	}
	addLinks(links) {
		for (const link of links) this.addLink(link);
		return this;
	}
	end(time) {
		if (!this.recording) return;
		this.recording = false;
		this.endTime = Math.max(this.startTime, micros(time));
		this.done(this);
	}
};
const UNSET = { code: SpanStatusCode.UNSET };
function isTimeInput(value) {
	return typeof value === "number" || value instanceof Date || Array.isArray(value);
}
// dist/telemetry/tracing.js
init_esm();
function createTracing(options) {
	const encode = options.protocol === "http/json" ? jsonEncoding : protobufEncoding;
	const exporter = createOtlpExporter({
		url: `${options.endpoint.replace(/\/+$/, "")}/v1/traces`,
		encoding: encode(options.serviceName, options.serviceVersion),
		serviceVersion: options.serviceVersion,
		warn: options.warn ?? (() => void 0),
		...options.headers && { headers: options.headers }
	});
	const ended = (span) => exporter.add(span);
	const sample = options.sampler ?? parentBasedAlwaysOn;
	const spans = new AsyncLocalStorage();
	let running = 0;
	const settle = () => {
		if (--running === 0) spans.disable();
	};
	return {
		start(name, kind, attributes, parent, startTime) {
			return new RecordedSpan(name, kind, attributes, parent ?? spans.getStore()?.spanContext(), micros(startTime), sample, ended);
		},
		with(span, fn) {
			running++;
			let result;
			try {
				result = spans.run(span, fn);
			} catch (error) {
				settle();
				throw error;
			}
			if (!isThenable(result)) {
				settle();
				return result;
			}
			return Promise.resolve(result).finally(settle);
		},
		extract(carrier, remote = true) {
			if (carrier === void 0) return void 0;
			if (carrier instanceof HandedContext) return carrier.spanContext;
			const spanContext = parseTraceparent(valueOf(carrier, "traceparent"), remote);
			if (!spanContext) return void 0;
			const traceState = valueOf(carrier, "tracestate");
			if (traceState) spanContext.traceState = createTraceState(traceState);
			return spanContext;
		},
		inject(span = spans.getStore()) {
			const spanContext = span?.spanContext();
			if (!spanContext) return void 0;
			const { traceId, spanId, traceFlags, traceState } = spanContext;
			return new HandedContext(`00-${traceId}-${spanId}-${(traceFlags & 255).toString(16).padStart(2, "0")}`, traceState?.serialize(), spanContext);
		},
		attach: (headers, span) => {
			headers[HTTP_SPAN] = span;
		},
		attached: (headers) => headers?.[HTTP_SPAN]?.spanContext(),
		flush: () => exporter.flush(),
		async close() {
			await exporter.close();
			spans.disable();
		}
	};
}
var HandedContext = class {
	traceparent;
	#spanContext;
	constructor(traceparent, tracestate, spanContext) {
		this.traceparent = traceparent;
		if (tracestate) this.tracestate = tracestate;
		this.#spanContext = spanContext;
	}
	get spanContext() {
		return this.#spanContext;
	}
};
const HTTP_SPAN = Symbol("switchyard.httpSpan");
const isThenable = (value) => typeof value?.then === "function";
function valueOf(carrier, key) {
	const value = carrier instanceof Headers ? carrier.get(key) : carrier[key];
	return typeof value === "string" ? value : void 0;
}
const TRACEPARENT = /^\s?((?!ff)[\da-f]{2})-((?![0]{32})[\da-f]{32})-((?![0]{16})[\da-f]{16})-([\da-f]{2})(-.*)?\s?$/;
function parseTraceparent(value, remote) {
	const match = value === void 0 ? null : TRACEPARENT.exec(value);
	if (!match || match[1] === "00" && match[5] !== void 0) return void 0;
	return {
		traceId: match[2],
		spanId: match[3],
		traceFlags: parseInt(match[4], 16),
		isRemote: remote
	};
}
export { createTracing };
