import { checkResolved } from '../rest/policy-lookup.js'
import type { ToolAuth } from '../schemas/common.js'
import type { ServiceContext } from './context.js'

/**
 * Refuses (FORBIDDEN_URL, naming the rule) an outbound URL or token endpoint the policy denies,
 * by name and by the addresses the name resolves to.
 */
export async function checkOutbound(
  context: ServiceContext,
  url: string | null | undefined,
  auth?: ToolAuth,
): Promise<void> {
  const policy = context.urlPolicy
  if (!policy) return
  if (url) await checkResolved(policy, url)
  if (auth?.type === 'oauth2') await checkResolved(policy, auth.tokenUrl)
}
