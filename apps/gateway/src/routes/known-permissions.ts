import { isKnownPermission } from '@switchyard/auth'
import { PermissionSchema } from '@switchyard/core'
import type { z } from 'zod'

/**
 * Adds an issue for each well-formed permission the gateway never checks (a misspelling would
 * grant nothing); a malformed one has its own issue already. `at` is where `value` sits.
 */
export function knownPermissions(
  value: { permissions?: string[] | undefined } | undefined,
  ctx: z.RefinementCtx,
  at: string[] = [],
): void {
  value?.permissions?.forEach((permission, i) => {
    if (PermissionSchema.safeParse(permission).success && !isKnownPermission(permission))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'permissions', i],
        message: `unknown permission '${permission}'`,
      })
  })
}
