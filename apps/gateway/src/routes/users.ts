import { UserCreateSchema, UserUpdateSchema, type Registry } from '@switchyard/core'
import { defineRoute, type Route } from '../http/route.js'
import { assertMatches, expecting, tagged } from '../http/if-match.js'

/** User accounts; admins manage them, users may read their own. */
export function userRoutes(registry: Registry): Route[] {
  const tag = 'Users'
  return [
    defineRoute({
      method: 'get',
      path: '/users',
      summary: 'List users',
      tag,
      handle({ authorize }) {
        authorize('admin.users')
        return registry.users.list()
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users',
      summary: 'Create a user',
      tag,
      status: 201,
      body: UserCreateSchema,
      wrapKey: 'user',
      handle({ body, authorize }) {
        authorize('admin.users')
        return registry.users.create(body)
      },
    }),
    defineRoute({
      method: 'get',
      path: '/users/:email',
      summary: 'Get a user',
      tag,
      handle({ c, param, principal, authorize }) {
        if (principal.email !== param('email').toLowerCase()) authorize('admin.users')
        return tagged(c, registry.users.get(param('email')))
      },
    }),
    defineRoute({
      method: 'put',
      path: '/users/:email',
      summary: 'Update a user (If-Match or a body `version`: 409 VERSION_CONFLICT when stale)',
      tag,
      body: UserUpdateSchema,
      wrapKey: 'user',
      handle({ c, body, param, authorize }) {
        authorize('admin.users')
        return tagged(c, registry.users.update(param('email'), expecting(c, body)))
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/users/:email',
      summary: 'Delete a user (If-Match: 409 VERSION_CONFLICT when stale)',
      tag,
      async handle({ c, param, authorize }) {
        authorize('admin.users')
        const user = await registry.users.get(param('email'))
        assertMatches(c, 'user', user, user.email)
        await registry.users.remove(user.email)
        return { status: 'success', message: `user '${user.email}' deleted` }
      },
    }),
  ]
}
