import "./dist-3eZmDuN3.js";
import { t as createJwtSigner } from "./jwt-signer-uG22JVhR.js";
// dist/commands/token.js
const algorithms = [
	"HS256",
	"HS384",
	"HS512"
];
async function tokenCommand(options, config) {
	const algorithm = options.algorithm?.toUpperCase() ?? config.jwtAlgorithm;
	if (!isJwtAlgorithm(algorithm)) throw new Error(`algorithm must be one of ${algorithms.join(", ")} (got "${options.algorithm}")`);
	const signer = createJwtSigner({
		secret: options.secret ?? config.jwtSecretKey,
		algorithm,
		issuer: config.jwtIssuer,
		audience: config.jwtAudience
	});
	const claims = {};
	if (options.admin) claims["is_admin"] = true;
	if (options.fullName !== void 0) claims["full_name"] = options.fullName;
	return signer.sign({
		...claims,
		sub: options.username,
		expiresInMinutes: options.exp
	});
}
function isJwtAlgorithm(value) {
	return algorithms.includes(value);
}
export { tokenCommand };
