import type { Gateway, GatewayCreate, GatewayUpdate } from '@switchyard/core'

/**
 * What writing a gateway takes beyond `gateways.write`, for powers over the gateway's own host
 * that no registry role grants (platform admins hold them, and roles that name them):
 * `admin.processes` to have it run a command (a stdio upstream's command, arguments, environment or
 * working directory set anew), `admin.identity` to lend an upstream the deployment's workload
 * identity token.
 */
export function guardGatewayWrite(
  body: GatewayCreate | GatewayUpdate,
  authorize: (action: string) => void,
  before?: Gateway,
): void {
  if (startsProcess(body, before)) authorize('admin.processes')
  if (body.auth?.type === 'oauth2-client' && body.auth.workloadIdentity === true)
    authorize('admin.identity')
}

/** Whether, after the write, the gateway runs a command the write chose. */
function startsProcess(body: GatewayCreate | GatewayUpdate, before: Gateway | undefined): boolean {
  const transport =
    body.transport ?? before?.transport ?? (body.command ? 'stdio' : 'streamablehttp')
  if (transport !== 'stdio') return false
  if (before?.transport !== 'stdio') return true
  return (
    (body.command !== undefined && body.command !== before.command) ||
    (body.args !== undefined && JSON.stringify(body.args) !== JSON.stringify(before.args)) ||
    body.env !== undefined ||
    (body.cwd !== undefined && body.cwd !== before.cwd)
  )
}
