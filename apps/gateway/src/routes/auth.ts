import {
  GatewayError,
  LoginSchema,
  PasswordChangeSchema,
  type ApiToken,
  type Registry,
  type User,
} from '@switchyard/core'
import type { Context } from 'hono'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import { clearSessionCookies, credentialsOf, setSessionCookies } from '../auth/session-cookie.js'
import { defineRoute, type Route } from '../http/route.js'

/** `/auth/login`, `/auth/logout`, `/auth/me` and `/auth/password`. */
export function authRoutes(
  registry: Registry,
  auth: GatewayAuth,
  expiresInMinutes: number,
  publicBaseUrl: string | undefined,
): Route[] {
  const tag = 'Auth'
  /** Signs a session JWT for the user and sets the admin UI's cookies with it. */
  const startSession = async (c: Context, user: User) => {
    const accessToken = await auth.signer.sign({
      sub: user.email,
      expiresInMinutes,
      is_admin: user.isAdmin,
      full_name: user.fullName,
      // the password the session was signed in under: a later change ends it (see gateway-auth)
      pwd_at: user.passwordChangedAt,
      // the account it was signed in to: a new account of the same e-mail does not honour it
      acct_at: user.createdAt,
    })
    setSessionCookies(c, accessToken, expiresInMinutes * 60, publicBaseUrl)
    return { accessToken, tokenType: 'bearer', expiresIn: expiresInMinutes * 60 }
  }
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      audit: false,
      summary:
        'Exchange e-mail and password for a bearer JWT; also sets the HttpOnly switchyard_session cookie and the switchyard_csrf cookie for the admin UI',
      tag,
      auth: false,
      body: LoginSchema,
      async handle({ body, c }) {
        const user = await registry.users.authenticate(body.email, body.password)
        if (!user)
          throw new GatewayError(
            'UNAUTHENTICATED',
            'wrong e-mail or password, or the account is inactive',
          )
        return { ...(await startSession(c, user)), user }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      summary:
        'Revoke the presented session JWT (bearer or session cookie) until it expires and clear the session cookies',
      tag,
      async handle({ c }) {
        await auth.logout(credentialsOf(c))
        clearSessionCookies(c, publicBaseUrl)
        return { status: 'success', message: 'logged out' }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/me',
      summary: 'Who the caller is: e-mail, admin flag, teams, and the scope of an API token',
      tag,
      async handle({ principal }) {
        const user = await registry.users.get(principal.email).catch(() => undefined)
        let token: ApiToken | undefined
        if (principal.tokenId !== undefined) token = await registry.tokens.get(principal.tokenId)
        return {
          kind: principal.kind,
          email: principal.email,
          fullName: user?.fullName ?? null,
          isAdmin: principal.isAdmin,
          teams: principal.teams,
          ...(token && { token }),
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password',
      summary:
        "Change the caller's own password (current and new); ends every earlier session JWT and answers a new one (and new cookies)",
      tag,
      body: PasswordChangeSchema,
      async handle({ body, principal, c }) {
        if (principal.kind !== 'user')
          throw new GatewayError('FORBIDDEN', 'sign in with e-mail and password to change it')
        const user = await registry.users.changePassword(
          principal.email,
          body.currentPassword,
          body.newPassword,
        )
        return { status: 'success', message: 'password changed', ...(await startSession(c, user)) }
      },
    }),
  ]
}
