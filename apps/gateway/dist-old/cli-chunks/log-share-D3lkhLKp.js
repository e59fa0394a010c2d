import { c as array, v as object, w as string } from "./schemas-B_kYbC5i.js";
import { t as require_built } from "./built-D76A5gD-.js";
import { randomUUID } from "node:crypto";
// dist/cluster/log-share.js
var import_built = require_built();
const Entry = object({
	replica: string(),
	line: string()
});
const Batch = object({
	replica: string(),
	lines: array(string())
});
function createLogShare(options) {
	const { ring, onOutage } = options;
	const self = randomUUID();
	const list = `${options.prefix}logs`;
	const channel = `${options.prefix}logs:live`;
	const redis = new import_built.Redis(options.redisUrl, {
		maxRetriesPerRequest: 1,
		enableOfflineQueue: false,
		commandTimeout: 1e3
	});
	const listener = new import_built.Redis(options.redisUrl);
	let failing = false;
	const failed = (error) => {
		if (failing) return;
		failing = true;
		onOutage(error);
	};
	const worked = () => {
		if (!failing) return;
		failing = false;
		onOutage(void 0);
	};
	redis.on("error", failed);
	listener.on("error", failed);
	const take = (replica, line) => {
		if (replica !== self) ring.receive(line);
	};
	listener.on("ready", () => void listener.subscribe(channel).catch(failed));
	listener.on("message", (_channel, message) => {
		const batch = Batch.safeParse(parseJson(message));
		if (batch.success) for (const line of batch.data.lines) take(batch.data.replica, line);
	});
	let loaded = false;
	redis.on("ready", () => {
		if (loaded) return;
		redis.lrange(list, -ring.capacity, -1).then((entries) => {
			loaded = true;
			for (const entry of entries) {
				const parsed = Entry.safeParse(parseJson(entry));
				if (parsed.success) take(parsed.data.replica, parsed.data.line);
			}
		}, failed);
	});
	let waiting = [];
	const unforward = ring.forward((line) => {
		if (waiting.length < ring.capacity) waiting.push(line.trimEnd());
	});
	let sending = Promise.resolve();
	const send = () => {
		if (waiting.length === 0) return sending;
		const lines = waiting;
		waiting = [];
		const entries = lines.map((line) => JSON.stringify({
			replica: self,
			line
		}));
		sending = sending.then(() => redis.multi().rpush(list, ...entries).ltrim(list, -ring.capacity, -1).publish(channel, JSON.stringify({
			replica: self,
			lines
		})).exec().then(worked, failed));
		return sending;
	};
	const timer = setInterval(() => void send(), options.intervalMs ?? 250);
	timer.unref();
	return { async close() {
		clearInterval(timer);
		unforward();
		await send();
		redis.disconnect();
		listener.disconnect();
	} };
}
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
export { createLogShare };
