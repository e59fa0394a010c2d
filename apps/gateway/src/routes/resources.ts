import { GatewayError, type PluginHost, type Registry, type Resource } from '@switchyard/core'
import { z } from 'zod'
import { defineRoute, type Route } from '../http/route.js'
import { askUpstream } from '../mcp/ask-upstream.js'
import type { McpService } from '../mcp/mcp-service.js'
import { ListParamsSchema, pageResponse } from './crud.js'

const invalidUri = (message: string) =>
  new GatewayError('VALIDATION_FAILED', message, { issues: [{ path: 'uri', message }] })

/**
 * The URI to read: a resource's own (`uri` absent or the same), or one that fills in a federated
 * template, as its upstream is asked on MCP (by the template's text before its first `{`).
 */
function uriToRead(resource: Resource, uri: string | undefined): string {
  const { name, uriTemplate } = resource
  if (resource.uri !== null) {
    if (uri === undefined || uri === resource.uri) return resource.uri
    throw invalidUri(`resource '${name}' is not a URI template: its URI is '${resource.uri}'`)
  }
  const template = `resource template '${name}' (${uriTemplate ?? ''})`
  if (resource.gatewayId === null) throw invalidUri(`${template} has no upstream to read from`)
  if (uri === undefined) throw invalidUri(`${template} needs the URI to read, as ?uri=`)
  if (!uri.startsWith(uriTemplate?.split('{')[0] ?? '\0'))
    throw invalidUri(`'${uri}' does not fill in ${template}`)
  return uri
}

/** Resource endpoints beyond CRUD: the template list and a resource's content. */
export function resourceRoutes(registry: Registry, mcp: McpService, plugins?: PluginHost): Route[] {
  const chain = plugins?.forServer(null)
  return [
    defineRoute({
      method: 'get',
      path: '/resources/templates/list',
      summary: 'List resource templates',
      tag: 'Resources',
      query: ListParamsSchema,
      async handle({ c, query, viewer }) {
        return pageResponse(
          c,
          await registry.resources.list(query, viewer, true),
          query.includePagination,
        )
      },
    }),
    defineRoute({
      method: 'get',
      path: '/resources/:id/content',
      summary:
        "Read a resource's content: a federated one (or a URI its template fills in, ?uri=) at its upstream",
      tag: 'Resources',
      query: z.object({ uri: z.string().min(1).max(4096).optional() }),
      async handle({ c, param, principal, query, viewer }) {
        const r = await registry.resources.get(param('id'), viewer)
        const uri = uriToRead(r, query.uri)
        if (r.gatewayId !== null) {
          // resources/read as on /mcp, plugins included; REST answers its first content
          const asked = { registry, mcp, principal, request: c.req.raw }
          const member = { id: r.id, name: r.name, gatewayId: r.gatewayId }
          const read = await askUpstream(asked, 'resource', member, { uri })
          const [first] = (read.contents as unknown[] | undefined) ?? []
          if (first === undefined) {
            const upstream = registry.catalog.current().gateways.get(r.gatewayId)?.name
            throw new GatewayError(
              'UPSTREAM_ERROR',
              `upstream '${upstream ?? r.gatewayId}' answered no contents for resource '${r.name}' (${uri})`,
            )
          }
          return first
        }
        const content = {
          uri,
          mimeType: r.mimeType,
          ...(r.blob !== null ? { blob: r.blob } : { text: r.text ?? '' }),
        }
        if (!chain) return content
        const info = { serverId: null, principalEmail: principal.email }
        const result = await chain.resourceRead({ uri }, info, () =>
          Promise.resolve({ contents: [content] }),
        )
        return (result.contents as unknown[] | undefined)?.[0] ?? content
      },
    }),
  ]
}
