import type { ToolAuth } from '../schemas/common.js'
import type { ServiceContext } from './context.js'

/** Refuses (FORBIDDEN_URL, naming the rule) an outbound URL or token endpoint the policy denies. */
export function checkOutbound(
  context: ServiceContext,
  url: string | null | undefined,
  auth?: ToolAuth,
): void {
  if (url) context.urlPolicy?.check(url)
  if (auth?.type === 'oauth2') context.urlPolicy?.check(auth.tokenUrl)
}
