import type { UpstreamTarget } from './upstream-options.js'

/** A secret-free name for an upstream: transport and bare URL (no credentials) or command. */
export function describeTarget(target: UpstreamTarget): string {
  if (target.transport === 'stdio') return `stdio upstream "${target.command ?? ''}"`
  return `${target.transport} upstream ${describeUrl(target.url)}`
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
