import { openStore } from '@switchyard/core';
/** Applies pending store migrations and reports what was done. */
export async function migrateCommand(config) {
    const store = await openStore({
        url: config.databaseUrl,
        dataDir: config.dataDir,
        migrate: false,
    });
    try {
        const report = await store.migrate();
        const applied = report.applied.length > 0 ? `applied ${report.applied.join(', ')}` : 'nothing to apply';
        return `${store.location}: ${applied}; schema version ${report.current ?? 'none'}`;
    }
    finally {
        await store.close();
    }
}
//# sourceMappingURL=migrate.js.map