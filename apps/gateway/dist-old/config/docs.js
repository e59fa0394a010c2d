import { ENV_VARS } from './env-vars.js';
const entries = ENV_VARS;
/** The Markdown reference of every environment variable (written to docs/configuration.md). */
export function renderConfigDocs() {
    const rows = entries.map((entry) => row([
        `\`${entry.name}\``,
        entry.type,
        entry.default === undefined ? 'unset' : code(entry.default),
        entry.description,
    ]));
    return [
        '# Configuration',
        '',
        '<!-- Generated from apps/gateway/src/config/env-vars.ts by `pnpm --filter @switchyard/gateway docs:config`; do not edit. -->',
        '',
        'Switchyard reads these environment variables once at startup (the CLI first loads `.env` from the working directory, without overriding variables already set); an empty value counts as unset, booleans take true/false, 1/0 or yes/no, and an invalid value stops the process with a message naming the variable.',
        '',
        row(['Variable', 'Type', 'Default', 'Meaning']),
        row(['---', '---', '---', '---']),
        ...rows,
        '',
    ].join('\n');
}
function row(cells) {
    return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}
function code(value) {
    return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}
//# sourceMappingURL=docs.js.map