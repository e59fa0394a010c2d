import type { Principal } from '@switchyard/auth';
import { type McpBackend } from '@switchyard/transports';
import type { AuditQueue } from './audit-queue.js';
/**
 * Audits MCP requests refused inside a JSON-RPC exchange (HTTP 200 carrying a -32003 error: a
 * tool the principal may not call, an outbound URL the policy denies), which the HTTP audit
 * middleware cannot see; the entry names the method, its target and the reason.
 */
export declare function auditingDenials(backend: McpBackend, request: Request, principal: Principal, queue: AuditQueue): McpBackend;
//# sourceMappingURL=mcp-denials.d.ts.map