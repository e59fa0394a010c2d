import { GatewayError } from '@switchyard/core'
import type { NotFoundHandler } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'
import { errorResponse } from './error-response.js'
import type { GatewayHonoEnv } from './route.js'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/**
 * The answer to a request no route took: 405 with `Allow` when the path is served by other
 * methods (OPTIONS: 204 with `Allow`), else 404. The routes (a Hono app's `routes`) are read on
 * first use, once all are mounted; middleware (method ALL) serves no path.
 */
export function unrouted(
  routes: () => readonly { method: string; path: string }[],
): NotFoundHandler<GatewayHonoEnv> {
  let router: TrieRouter<string> | undefined
  /** The methods the routes serve on a path (HEAD with GET). */
  const served = (path: string): string[] => {
    if (router === undefined) {
      router = new TrieRouter<string>()
      for (const route of routes())
        if (route.method !== 'ALL') router.add(route.method, route.path, route.method)
    }
    const methods: string[] = []
    for (const method of METHODS) {
      if (router.match(method, path)[0].length === 0) continue
      methods.push(method)
      if (method === 'GET') methods.push('HEAD')
    }
    return methods
  }
  return (c) => {
    const path = new URL(c.req.url).pathname
    const methods = served(path)
    // a route of the request's own method that passed it on (a missing asset) is a 404 too
    if (methods.length === 0 || methods.includes(c.req.method))
      return errorResponse(c, new GatewayError('NOT_FOUND', `no endpoint ${c.req.method} ${path}`))
    const allow = [...methods, 'OPTIONS'].join(', ')
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow })
    const message = `${c.req.method} is not allowed on ${path}; it takes ${allow}`
    return errorResponse(
      c,
      new GatewayError('METHOD_NOT_ALLOWED', message, { headers: { Allow: allow } }),
    )
  }
}
