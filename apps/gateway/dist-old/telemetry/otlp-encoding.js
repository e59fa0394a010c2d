/** OTLP span flags: the W3C trace flags, and whether the parent is known to be remote. */
export const otlpSpanFlags = (traceFlags, remote) => (traceFlags & 0xff) | 0x100 | (remote ? 0x200 : 0);
//# sourceMappingURL=otlp-encoding.js.map