import { pino } from 'pino';
import { scrubSecrets } from './logs/scrub.js';
const redactPaths = ['password', 'secret', 'authorization', 'cookie', 'token'].flatMap((key) => [
    key,
    `*.${key}`,
    `headers.${key}`,
    `*.headers.${key}`,
]);
/**
 * Creates a pino logger writing JSON lines (or readable lines when `pretty`) to stderr. Secret
 * fields are redacted and credentials in free text (Bearer values, URL passwords) masked.
 */
export function createLogger(options) {
    const out = options.destination ?? pino.destination({ dest: 2, sync: false });
    const { ring } = options;
    return pino({
        level: options.level,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: redactPaths, censor: '*****' },
        hooks: {
            streamWrite(line) {
                const scrubbed = scrubSecrets(line);
                ring?.push(scrubbed);
                return scrubbed;
            },
        },
    }, options.pretty ? prettyDestination(out) : out);
}
function prettyDestination(out) {
    return { write: (line) => out.write(prettyLine(line)) };
}
function prettyLine(line) {
    let record;
    try {
        record = JSON.parse(line);
    }
    catch {
        return line;
    }
    const { time, level, msg, err, ...fields } = record;
    delete fields['pid'];
    delete fields['hostname'];
    const stamp = typeof time === 'number' ? new Date(time).toISOString().slice(11, 23) : '--:--:--';
    const parts = [
        stamp,
        (typeof level === 'string' ? level : 'log').toUpperCase().padEnd(5),
        typeof msg === 'string' ? msg : '',
    ];
    for (const [key, value] of Object.entries(fields)) {
        parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
    const stack = errorStack(err);
    return `${parts.filter((part) => part !== '').join(' ')}${stack ? `\n${stack}` : ''}\n`;
}
function errorStack(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const { stack, message } = err;
    if (typeof stack === 'string')
        return stack;
    return typeof message === 'string' ? message : undefined;
}
//# sourceMappingURL=logger.js.map