import type { Principal } from '@switchyard/auth'
import type { AuditEntry, AuditOutcome } from '@switchyard/core'
import { randomUUID } from 'node:crypto'

/** What an audit entry says about the request itself. */
export interface AuditedRequest {
  method: string
  /** The URL path (never the query string). */
  path: string
  /** The matched REST route's path pattern, such as `/gateways/:id/state`. */
  routePath?: string | undefined
  /** A path parameter of the matched route. */
  param?: (name: string) => string | undefined
  principal?: Principal | undefined
  clientAddress: string | null
  /** The caller's `X-Request-Id`, if any. */
  requestId: string | undefined
}

const KINDS: Record<string, string> = {
  a2a: 'a2a_agent',
  grpc: 'grpc_service',
  auth: 'auth',
  export: 'export',
  import: 'import',
}
const VERBS: Record<string, string> = {
  state: 'state',
  refresh: 'refresh',
  rollback: 'rollback',
  login: 'login',
  logout: 'logout',
}
const METHOD_VERBS: Record<string, string> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
}
const MCP_PATH = /^(?:\/v1)?(?:\/servers\/([^/]+))?\/(?:mcp|sse|message|rpc|ws)\/?$/

function describe(request: AuditedRequest): Pick<AuditEntry, 'action' | 'entityKind' | 'entityId'> {
  if (request.routePath === undefined) {
    const server = MCP_PATH.exec(request.path)?.[1]
    return {
      action: 'mcp.access',
      entityKind: server === undefined ? null : 'server',
      entityId: server === undefined ? null : decodeURIComponent(server),
    }
  }
  const segments = request.routePath.split('/').filter(Boolean)
  const [first = ''] = segments
  if (first === 'import') return { action: 'import', entityKind: null, entityId: null }
  const kind = KINDS[first] ?? first.replace(/s$/, '')
  const verb = VERBS[segments.at(-1) ?? ''] ?? METHOD_VERBS[request.method] ?? 'read'
  const id = request.param?.('id') ?? request.param?.('email') ?? request.param?.('name')
  return { action: `${kind}.${verb}`, entityKind: kind, entityId: id ?? null }
}

/** The audit entry of an answered request: `createdId` names what a create made. */
export function auditEntry(
  request: AuditedRequest,
  outcome: AuditOutcome,
  status: number,
  detail: { reason?: string | undefined; createdId?: string | undefined } = {},
): AuditEntry {
  const described = describe(request)
  const principal = request.principal?.email ? request.principal : undefined
  return {
    at: new Date().toISOString(),
    principal: principal?.email ?? null,
    tokenId: principal?.tokenId ?? null,
    ...described,
    entityId: described.entityId ?? detail.createdId ?? null,
    method: request.method,
    path: request.path,
    outcome,
    status,
    reason: detail.reason?.slice(0, 500) ?? null,
    clientAddress: request.clientAddress,
    requestId: request.requestId?.slice(0, 128) ?? randomUUID(),
  }
}
