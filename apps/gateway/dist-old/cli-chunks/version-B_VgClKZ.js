import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
// dist/config/config-error.js
var ConfigError = class extends Error {
	name = "ConfigError";
	problems;
	constructor(problems) {
		super(problems.map((p) => `${p.variable}: ${p.reason}`).join("; "));
		this.problems = problems;
	}
	get variable() {
		return this.problems[0]?.variable ?? "";
	}
};
// dist/version.js
const packageVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@switchyard/gateway/package.json"), "utf8")).version;
export { ConfigError as n, packageVersion as t };
