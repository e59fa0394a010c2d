import { GatewayError, LoginSchema, type Registry } from '@switchyard/core'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import { defineRoute, type Route } from '../http/route.js'

/** `POST /auth/login`: e-mail and password for a JWT. */
export function authRoutes(
  registry: Registry,
  auth: GatewayAuth,
  expiresInMinutes: number,
): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      audit: false,
      summary: 'Exchange e-mail and password for a bearer JWT',
      tag: 'Auth',
      auth: false,
      body: LoginSchema,
      async handle({ body }) {
        const user = await registry.users.authenticate(body.email, body.password)
        if (!user)
          throw new GatewayError(
            'UNAUTHENTICATED',
            'wrong e-mail or password, or the account is inactive',
          )
        const accessToken = await auth.signer.sign({
          sub: user.email,
          expiresInMinutes,
          is_admin: user.isAdmin,
          full_name: user.fullName,
        })
        return { accessToken, tokenType: 'bearer', expiresIn: expiresInMinutes * 60, user }
      },
    }),
  ]
}
