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

/**
 * Whether the write chooses a command the gateway runs: it makes the gateway a stdio one, or sets
 * its command, arguments, environment or working directory anew, whatever its transport (a
 * command stored on another transport runs once someone makes it stdio).
 */
function startsProcess(body: GatewayCreate | GatewayUpdate, before: Gateway | undefined): boolean {
  const transport =
    body.transport ?? before?.transport ?? (body.command ? 'stdio' : 'streamablehttp')
  if (transport === 'stdio' && before?.transport !== 'stdio') return true
  return (
    (body.command != null && body.command !== before?.command) ||
    (body.args !== undefined && JSON.stringify(body.args) !== JSON.stringify(before?.args ?? [])) ||
    body.env !== undefined ||
    (body.cwd != null && body.cwd !== before?.cwd)
  )
}
