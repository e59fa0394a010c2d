import type { Gateway } from '../api/types'

/** The badge colour for an upstream's state. */
export function statusTone(gateway: Gateway): string {
  if (!gateway.enabled) return 'muted'
  return { active: 'ok', pending: 'warn', unreachable: 'bad' }[gateway.status]
}
