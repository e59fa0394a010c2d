/** One way to connect a client to a virtual server. */
export interface Snippet {
  client: string
  where: string
  text: string
}

const json = (value: unknown): string => JSON.stringify(value, null, 2)

/** Copy-ready client configurations for a virtual server's MCP endpoint. */
export function connectionSnippets(origin: string, serverId: string, name: string): Snippet[] {
  const url = `${origin}/servers/${serverId}/mcp`
  const key =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'switchyard'
  const auth = 'Bearer <token>'
  return [
    {
      client: 'Claude Desktop',
      where: 'claude_desktop_config.json (through the stdio wrapper)',
      text: json({
        mcpServers: {
          [key]: {
            command: 'npx',
            args: ['-y', '@switchyard/wrapper'],
            env: { MCP_SERVER_URL: url, MCP_AUTH: auth },
          },
        },
      }),
    },
    {
      client: 'VS Code',
      where: '.vscode/mcp.json',
      text: json({ servers: { [key]: { type: 'http', url, headers: { Authorization: auth } } } }),
    },
    {
      client: 'Cursor',
      where: '~/.cursor/mcp.json',
      text: json({ mcpServers: { [key]: { url, headers: { Authorization: auth } } } }),
    },
    {
      client: 'MCP Inspector',
      where: 'a terminal',
      text: `npx @modelcontextprotocol/inspector --cli ${url} --transport http --header "Authorization: ${auth}" --method tools/list`,
    },
  ]
}
