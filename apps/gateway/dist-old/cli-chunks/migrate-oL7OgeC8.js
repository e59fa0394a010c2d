import { t as openStore } from "./open-store-B7gALdxJ.js";
// dist/commands/migrate.js
async function migrateCommand(config) {
	const store = await openStore({
		url: config.databaseUrl,
		dataDir: config.dataDir,
		migrate: false
	});
	try {
		const report = await store.migrate();
		const applied = report.applied.length > 0 ? `applied ${report.applied.join(", ")}` : "nothing to apply";
		return `${store.location}: ${applied}; schema version ${report.current ?? "none"}`;
	} finally {
		await store.close();
	}
}
export { migrateCommand };
