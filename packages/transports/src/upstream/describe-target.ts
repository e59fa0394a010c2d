import type { UpstreamTarget } from './upstream-options.js'

/**
 * A secret-free name for an upstream: its given name, if any, then the transport and the bare URL
 * (no credentials) or the command (no arguments).
 */
export function describeTarget(target: UpstreamTarget): string {
  const where = target.transport === 'stdio' ? `"${target.command ?? ''}"` : describeUrl(target.url)
  if (target.name === undefined) return `${target.transport} upstream ${where}`
  return `upstream '${target.name}' (${target.transport} ${where})`
}

function describeUrl(url: string | undefined): string {
  if (url === undefined) return '(no URL)'
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`
  } catch {
    return '(invalid URL)'
  }
}
