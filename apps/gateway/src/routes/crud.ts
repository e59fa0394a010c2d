import type { Owned } from '@switchyard/auth'
import {
  BooleanParamSchema,
  ListQuerySchema,
  type Actor,
  type ListQuery,
  type Page,
  type Viewer,
} from '@switchyard/core'
import { z } from 'zod'
import { assertMatches, expecting, tagged } from '../http/if-match.js'
import { defineRoute, type Route, type RouteInput } from '../http/route.js'

/** List parameters plus ContextForge's `include_pagination` (answer `{items, nextCursor}`). */
export const ListParamsSchema = ListQuerySchema.extend({
  includePagination: BooleanParamSchema.optional(),
})

/** `?activate=true|false` of the state endpoints. */
export const StateQuerySchema = z.object({ activate: BooleanParamSchema })

/** What the generic routes need of an entity. */
export type CrudEntity = Owned & { id: string; name: string; version: number }

/** What a registry service offers for the generic routes. */
export interface CrudService<T extends CrudEntity, C, U> {
  list(query: ListQuery, viewer: Viewer): Promise<Page<T>>
  get(id: string, viewer?: Viewer): Promise<T>
  create(input: C, actor: Actor): Promise<T>
  update(id: string, input: U, actor: Actor): Promise<T>
  setEnabled(id: string, enabled: boolean): Promise<T>
  remove(id: string): Promise<void>
}

/** How one kind of entity is exposed. */
export interface CrudOptions<T extends CrudEntity, C, U> {
  /** The path, such as '/tools'; without its slash it is the permission area (`tools.write`). */
  base: string
  tag: string
  /** Singular noun for messages, such as 'tool'. */
  noun: string
  /** ContextForge's wrapped-body key, such as 'tool'. */
  wrapKey: string
  service: CrudService<T, C, U>
  createSchema: z.ZodType<C>
  updateSchema: z.ZodType<U>
  /** Permissions a write takes beyond `<area>.write`, judged on its body (and the entity it updates). */
  guard?: (body: C | U, authorize: (action: string) => void, before?: T) => void
}

/** A page as ContextForge clients expect it: a bare array (next cursor in a header), or `{items, nextCursor}`. */
export function pageResponse<T>(
  c: { header(name: string, value: string): void },
  page: Page<T>,
  includePagination: boolean | undefined,
): unknown {
  if (page.nextCursor) c.header('X-Next-Cursor', page.nextCursor)
  return includePagination ? page : page.items
}

/** List, get, create, update (PUT and PATCH), delete and enable/disable for one kind of entity. */
export function crudRoutes<T extends CrudEntity, C, U>(options: CrudOptions<T, C, U>): Route[] {
  const { base, tag, noun, wrapKey, service } = options
  const area = base.slice(1)
  /** The entity if the caller may take the action on it; 404 when it is hidden from them. */
  const permitted = async (
    action: 'read' | 'write',
    id: string,
    input: RouteInput<z.ZodType | undefined, z.ZodType | undefined>,
  ): Promise<T> => {
    const entity = await service.get(id, input.viewer)
    input.authorize(`${area}.${action}`, { ...entity, kind: noun })
    return entity
  }
  /** Writing an entity as its owner, into a team (which needs membership) or none. */
  const asOwner = (input: RouteInput<z.ZodType | undefined, undefined>, team: unknown) => {
    const { principal, authorize } = input
    const into = typeof team === 'string' ? team : null
    authorize(`${area}.write`, {
      kind: noun,
      owner: principal.email,
      team: into,
      visibility: 'team',
    })
  }
  const update = (method: 'put' | 'patch') =>
    defineRoute({
      method,
      path: `${base}/:id`,
      summary: `Update a ${noun} (If-Match or a body \`version\`: 409 VERSION_CONFLICT when stale)`,
      tag,
      body: options.updateSchema,
      wrapKey,
      async handle(input) {
        const body = expecting(input.c, input.body as U & object)
        const before = await permitted('write', input.param('id'), input)
        options.guard?.(input.body, (action) => input.authorize(action), before)
        const team = (input.body as { team?: unknown }).team
        if (typeof team === 'string' && team !== before.team) asOwner(input, team)
        const actor = { email: input.principal.email, viewer: input.viewer }
        return tagged(input.c, service.update(before.id, body, actor))
      },
    })
  return [
    defineRoute({
      method: 'get',
      path: base,
      summary: `List ${noun}s`,
      tag,
      query: ListParamsSchema,
      async handle({ c, query, viewer }) {
        return pageResponse(c, await service.list(query, viewer), query.includePagination)
      },
    }),
    defineRoute({
      method: 'post',
      path: base,
      summary: `Create a ${noun}`,
      tag,
      status: 201,
      body: options.createSchema,
      wrapKey,
      handle(input) {
        asOwner(input, (input.body as { team?: unknown }).team)
        options.guard?.(input.body, (action) => input.authorize(action))
        return service.create(input.body, { email: input.principal.email, viewer: input.viewer })
      },
    }),
    defineRoute({
      method: 'get',
      path: `${base}/:id`,
      summary: `Get a ${noun}`,
      tag,
      handle: (input) => tagged(input.c, permitted('read', input.param('id'), input)),
    }),
    update('put'),
    update('patch'),
    defineRoute({
      method: 'delete',
      path: `${base}/:id`,
      summary: `Delete a ${noun} (If-Match: 409 VERSION_CONFLICT when stale)`,
      tag,
      async handle(input) {
        const entity = await permitted('write', input.param('id'), input)
        assertMatches(input.c, noun, entity, entity.id)
        await service.remove(entity.id)
        return { status: 'success', message: `${noun} '${entity.name}' deleted`, id: entity.id }
      },
    }),
    defineRoute({
      method: 'post',
      path: `${base}/:id/state`,
      summary: `Enable or disable a ${noun} (If-Match: 409 VERSION_CONFLICT when stale)`,
      tag,
      query: StateQuerySchema,
      async handle(input) {
        const entity = await permitted('write', input.param('id'), input)
        assertMatches(input.c, noun, entity, entity.id)
        return tagged(input.c, service.setEnabled(entity.id, input.query.activate))
      },
    }),
  ]
}
