import { PromptRenderSchema, validated, type PluginHost, type Registry } from '@switchyard/core'
import { z } from 'zod'
import { defineRoute, type Route } from '../http/route.js'
import { askUpstream } from '../mcp/ask-upstream.js'
import type { McpService } from '../mcp/mcp-service.js'

const Version = z.coerce.number().int().min(1)
const VersionParamSchema = z.object({ version: Version })

/** Prompt endpoints beyond CRUD: render (a federated prompt at its upstream), revisions, diff and rollback. */
export function promptRoutes(registry: Registry, mcp: McpService, plugins?: PluginHost): Route[] {
  const chain = plugins?.forServer(null)
  return [
    defineRoute({
      method: 'post',
      path: '/prompts/:id',
      audit: false,
      summary:
        'Render a prompt: argument values by name, bare or under "args"; a federated prompt at its upstream',
      tag: 'Prompts',
      body: z.record(z.string(), z.unknown()),
      keepKeys: true,
      async handle({ c, body, param, principal, viewer }) {
        const inner = body.args ?? body.arguments
        const values = validated(
          PromptRenderSchema,
          inner !== null && typeof inner === 'object' ? inner : body,
        )
        const { id, name, gatewayId } = await registry.prompts.get(param('id'), viewer)
        if (gatewayId !== null) {
          // prompts/get as on /mcp, plugins included
          const asked = { registry, mcp, principal, request: c.req.raw }
          const params = { name, arguments: values }
          return askUpstream(asked, 'prompt', { id, name, gatewayId }, params)
        }
        if (!chain) return registry.prompts.render(id, values, viewer)
        const info = { serverId: null, principalEmail: principal.email }
        return chain.promptRender({ name, arguments: values }, info, async (p) => ({
          ...(await registry.prompts.render(id, p.arguments, viewer)),
        }))
      },
    }),
    defineRoute({
      method: 'get',
      path: '/prompts/:id/revisions',
      summary: 'List the versions of a prompt, newest first',
      tag: 'Prompts',
      async handle({ param, viewer }) {
        await registry.prompts.get(param('id'), viewer)
        return registry.prompts.revisions(param('id'))
      },
    }),
    defineRoute({
      method: 'get',
      path: '/prompts/:id/revisions/:version',
      summary: 'Get one version of a prompt',
      tag: 'Prompts',
      async handle({ param, viewer }) {
        const { version } = validated(VersionParamSchema, { version: param('version') })
        await registry.prompts.get(param('id'), viewer)
        return registry.prompts.revision(param('id'), version)
      },
    }),
    defineRoute({
      method: 'get',
      path: '/prompts/:id/diff',
      summary: 'Compare two versions of a prompt',
      tag: 'Prompts',
      query: z.object({ from: Version, to: Version }),
      async handle({ param, query, viewer }) {
        await registry.prompts.get(param('id'), viewer)
        return registry.prompts.diff(param('id'), query.from, query.to)
      },
    }),
    defineRoute({
      method: 'post',
      path: '/prompts/:id/rollback',
      summary: "Make an earlier version's content current again (as a new version)",
      tag: 'Prompts',
      body: z.object({ version: z.number().int().min(1) }),
      async handle({ body, param, principal, viewer, authorize }) {
        authorize('prompts.write', {
          ...(await registry.prompts.get(param('id'), viewer)),
          kind: 'prompt',
        })
        return registry.prompts.rollback(param('id'), body.version, { email: principal.email })
      },
    }),
  ]
}
