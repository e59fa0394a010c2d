/**
 * `REST api.example.com`: the upstream a REST, gRPC or A2A tool's calls count for in the metrics,
 * named by its kind and where it is (the tool's name when it has no URL).
 */
export function invokedUpstream(type: string, tool: { name: string; url: string | null }): string {
  const url = tool.url ?? ''
  return `${type} ${URL.canParse(url) ? new URL(url).host : tool.name}`
}
