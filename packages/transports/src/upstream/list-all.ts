import { isRecord } from './any-result-schema.js'
import { UpstreamError } from './upstream-error.js'
import type { UpstreamListKind } from './upstream-session.js'

const lists = {
  tools: { method: 'tools/list', key: 'tools', capability: 'tools' },
  resources: { method: 'resources/list', key: 'resources', capability: 'resources' },
  resourceTemplates: {
    method: 'resources/templates/list',
    key: 'resourceTemplates',
    capability: 'resources',
  },
  prompts: { method: 'prompts/list', key: 'prompts', capability: 'prompts' },
} as const

const maxPages = 1000

/** What listAll needs from a session: a request function, the server's capabilities and a name. */
export interface ListAllOptions {
  request: (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>
  capabilities: Record<string, unknown>
  name: string
}

/** Fetches every page of a list by nextCursor; empty when the server lacks the capability. */
export async function listAll(
  kind: UpstreamListKind,
  { request, capabilities, name }: ListAllOptions,
): Promise<Record<string, unknown>[]> {
  const { method, key, capability } = lists[kind]
  if (capabilities[capability] === undefined) return []
  const items: Record<string, unknown>[] = []
  const cursors = new Set<string>()
  let cursor: string | undefined
  for (let page = 0; page < maxPages; page++) {
    const result = await request(method, cursor === undefined ? undefined : { cursor })
    const found = result[key]
    if (!Array.isArray(found)) {
      throw new UpstreamError('PROTOCOL', `${name}: ${method} returned no ${key} array`)
    }
    items.push(...found.filter(isRecord))
    const next = result.nextCursor
    if (typeof next !== 'string' || next === '') return items
    if (cursors.has(next))
      throw new UpstreamError('PROTOCOL', `${name}: ${method} repeated a cursor`)
    cursors.add(next)
    cursor = next
  }
  throw new UpstreamError('PROTOCOL', `${name}: ${method} gave more than ${maxPages} pages`)
}
