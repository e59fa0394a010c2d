import { f as EXPORT_KINDS } from "./open-registry-BZNbl4-9.js";
import { t as exportRegistry } from "./export-DmWjCyiC.js";
import { t as GatewayError } from "./errors-CVlhFQwO.js";
import { t as withRegistry } from "./with-registry-BpiJbS-S.js";
// dist/commands/export.js
async function exportCommand(config, options) {
	const unknown = (options.types ?? []).filter((t) => !EXPORT_KINDS.includes(t));
	if (unknown.length > 0) throw new GatewayError("VALIDATION_FAILED", `--types: unknown ${unknown.join(", ")}; use ${EXPORT_KINDS.join(", ")}`);
	const document = await withRegistry(config, (registry) => exportRegistry(registry.context, {
		...options.types && { kinds: options.types },
		exportedBy: "switchyard export"
	}));
	return `${JSON.stringify(document, null, 2)}\n`;
}
export { exportCommand };
