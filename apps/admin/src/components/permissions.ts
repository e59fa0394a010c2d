import { useQuery } from '@tanstack/react-query'
import { api } from '../api/endpoints'
import type { MyPermissions } from '../api/types'

/**
 * Whether granted permissions include the required one: exact, `*`, `<area>.*` or `*.<action>`
 * (the gateway's rule, so the UI offers what the server will allow).
 */
export function permits(granted: readonly string[], required: string): boolean {
  const dot = required.indexOf('.')
  const area = dot < 0 ? required : required.slice(0, dot)
  const action = dot < 0 ? '' : required.slice(dot + 1)
  return granted.some(
    (p) =>
      p === '*' || p === required || p === `${area}.*` || (action !== '' && p === `*.${action}`),
  )
}

/** Whether the caller may take the action, globally or (with `teamId`) within that team. */
export function allows(mine: MyPermissions, permission: string, teamId?: string): boolean {
  if (mine.isPlatformAdmin || permits(mine.permissions, permission)) return true
  return teamId !== undefined && permits(mine.teamPermissions[teamId] ?? [], permission)
}

/**
 * What the signed-in user may do (`/rbac/my/permissions`): `can` is false until it is known, so
 * controls appear only once the server has said they will work.
 */
export function usePermissions(): {
  can: (permission: string, teamId?: string) => boolean
  mine: MyPermissions | undefined
} {
  const mine = useQuery({ queryKey: ['my-permissions'], queryFn: api.myPermissions }).data
  return {
    mine,
    can: (permission, teamId) => mine !== undefined && allows(mine, permission, teamId),
  }
}
