import { c as joinCluster, s as createLogger, t as openRegistry } from "./open-registry-BZNbl4-9.js";
// dist/commands/with-registry.js
async function withRegistry(config, work) {
	const opened = await openRegistry(config);
	try {
		const cluster = await joinCluster({
			databaseUrl: config.databaseUrl,
			events: opened.registry.context.events,
			resync: () => Promise.resolve(),
			jobs: false,
			logger: createLogger({ level: "silent" })
		});
		try {
			return await work(opened.registry);
		} finally {
			await cluster.close();
		}
	} finally {
		await opened.close();
	}
}
export { withRegistry as t };
