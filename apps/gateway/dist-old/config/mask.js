const MASK = '*****';
const secretParams = /^(password|pass|pwd|secret|token|access_token|api_key|apikey)$/i;
/** The mask shown in place of a secret. */
export const SECRET_MASK = MASK;
/** Replaces the password (and password-like query parameters) of a URL with `*****`. */
export function maskUrlPassword(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return value.replace(/\/\/([^/@:]*):[^/@]*@/, `//$1:${MASK}@`);
    }
    let masked = false;
    if (url.password !== '') {
        url.password = MASK;
        masked = true;
    }
    for (const name of [...url.searchParams.keys()]) {
        if (secretParams.test(name)) {
            url.searchParams.set(name, MASK);
            masked = true;
        }
    }
    return masked ? url.toString() : value;
}
//# sourceMappingURL=mask.js.map