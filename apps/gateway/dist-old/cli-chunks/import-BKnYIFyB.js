import { ei as createSecretSealer } from "./dist-3eZmDuN3.js";
import { t as GatewayError } from "./errors-CVlhFQwO.js";
import { t as importRegistry } from "./import-d_eKaeMO.js";
import { t as withRegistry } from "./with-registry-BpiJbS-S.js";
// dist/commands/import.js
async function importCommand(config, text, options) {
	let document;
	try {
		document = JSON.parse(text);
	} catch (error) {
		throw new GatewayError("MALFORMED_JSON", `the import file is not JSON: ${error.message}`);
	}
	const source = options.sourceSecret ? createSecretSealer({ secret: options.sourceSecret }) : void 0;
	const report = await withRegistry(config, (registry) => importRegistry(registry.context, registry.passwords, document, {
		conflict: options.conflict,
		dryRun: options.dryRun,
		actor: { email: config.platformAdminEmail },
		...source && { openSealed: (sealed) => source.open(sealed) }
	}));
	return `${JSON.stringify(report, null, 2)}\n`;
}
export { importCommand };
