/** The Markdown reference of every environment variable (written to docs/configuration.md). */
export declare function renderConfigDocs(): string;
//# sourceMappingURL=docs.d.ts.map