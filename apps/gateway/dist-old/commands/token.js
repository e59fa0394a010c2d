import { createJwtSigner } from '@switchyard/auth';
const algorithms = ['HS256', 'HS384', 'HS512'];
/** Signs a JWT for a user with the gateway's issuer and audience (ContextForge's create_jwt_token). */
export async function tokenCommand(options, config) {
    const algorithm = options.algorithm?.toUpperCase() ?? config.jwtAlgorithm;
    if (!isJwtAlgorithm(algorithm)) {
        throw new Error(`algorithm must be one of ${algorithms.join(', ')} (got "${options.algorithm}")`);
    }
    const signer = createJwtSigner({
        secret: options.secret ?? config.jwtSecretKey,
        algorithm,
        issuer: config.jwtIssuer,
        audience: config.jwtAudience,
    });
    const claims = {};
    if (options.admin)
        claims['is_admin'] = true;
    if (options.fullName !== undefined)
        claims['full_name'] = options.fullName;
    return signer.sign({ ...claims, sub: options.username, expiresInMinutes: options.exp });
}
function isJwtAlgorithm(value) {
    return algorithms.includes(value);
}
//# sourceMappingURL=token.js.map