import { ENV_VARS } from './env-vars.js';
import { SECRET_MASK, maskUrlPassword } from './mask.js';
const entries = ENV_VARS;
/** The effective configuration as `NAME=value` lines in table order, secrets masked. */
export function formatConfig(config) {
    const values = config;
    return entries.map((entry) => `${entry.name}=${display(entry, values[entry.key])}`).join('\n');
}
function display(entry, value) {
    if (value === undefined)
        return '(unset)';
    if (entry.secret)
        return SECRET_MASK;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.includes('://') ? maskUrlPassword(text) : text;
}
//# sourceMappingURL=print.js.map