/** The MCP SDK's client module, where the OAuth flows come from. */
export type Sdk = typeof import('@modelcontextprotocol/client')

let loading: Promise<Sdk> | undefined
/** The MCP SDK's client, imported on the first OAuth exchange (a gateway without any never loads it). */
export const loadSdk = (): Promise<Sdk> => (loading ??= import('@modelcontextprotocol/client'))
