import { maskUrlPassword } from '@switchyard/core'
import type { CrudEntity, CrudService } from './crud.js'

/**
 * A registry service whose answers show each URL with its credentials masked (a password,
 * password-like query parameters): whoever may see an upstream sees where it is, not how it signs
 * in (that belongs in `auth`, which is masked too). A URL sent back as it was shown is the stored
 * one, unchanged, so an edit form that sends every field keeps it.
 */
export function maskingUrls<T extends CrudEntity & { url: string | null }, C, U extends object>(
  service: CrudService<T, C, U>,
): CrudService<T, C, U> {
  const shown = (entity: T): T =>
    entity.url === null ? entity : { ...entity, url: maskUrlPassword(entity.url) }
  return {
    async list(query, viewer) {
      const page = await service.list(query, viewer)
      return { ...page, items: page.items.map(shown) }
    },
    get: async (id, viewer) => shown(await service.get(id, viewer)),
    create: async (input, actor) => shown(await service.create(input, actor)),
    async update(id, input, actor) {
      const { url, ...rest } = input as U & { url?: unknown }
      const stored = typeof url === 'string' ? (await service.get(id)).url : null
      // the URL as it was shown is the stored one: it stays
      const kept = stored !== null && url !== stored && url === maskUrlPassword(stored)
      return shown(await service.update(id, kept ? (rest as U) : input, actor))
    },
    setEnabled: async (id, enabled) => shown(await service.setEnabled(id, enabled)),
    remove: (id) => service.remove(id),
  }
}
