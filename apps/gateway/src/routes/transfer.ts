import { createSecretSealer } from '@switchyard/auth'
import {
  BooleanParamSchema,
  EXPORT_KINDS,
  exportRegistry,
  importRegistry,
  validated,
  type Registry,
} from '@switchyard/core'
import { z } from 'zod'
import { normalizeBody } from '../http/normalize.js'
import { defineRoute, type Route } from '../http/route.js'
import { guardGatewayWrite } from './gateway-guard.js'

const ConflictSchema = z.enum(['skip', 'update', 'rename', 'fail'])

const KindsSchema = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(EXPORT_KINDS)))

/** Export and import of the whole registry (admins only). */
export function transferRoutes(registry: Registry): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/export',
      summary: 'Export the registry (secrets stay sealed)',
      tag: 'Transfer',
      query: z.object({ types: KindsSchema.optional() }),
      handle({ query, principal, authorize }) {
        authorize('admin.export')
        return exportRegistry(registry.context, {
          ...(query.types && { kinds: query.types }),
          exportedBy: principal.email,
        })
      },
    }),
    defineRoute({
      method: 'post',
      path: '/import',
      summary: 'Import an export document, all or nothing',
      tag: 'Transfer',
      // Either the document itself (options in the query) or `{ document, conflictStrategy, dryRun, sourceSecret }`.
      body: z.record(z.string(), z.unknown()),
      keepKeys: true,
      query: z.object({
        conflictStrategy: ConflictSchema.optional(),
        dryRun: BooleanParamSchema.optional(),
      }),
      handle({ body, query, principal, authorize }) {
        authorize('admin.import')
        const wrapped = 'document' in body
        const options = validated(
          z.object({
            conflictStrategy: ConflictSchema.default(query.conflictStrategy ?? 'update'),
            dryRun: z.boolean().default(query.dryRun ?? false),
            sourceSecret: z.string().min(1).optional(),
          }),
          wrapped ? normalizeBody({ ...body, document: undefined }) : {},
        )
        const source = options.sourceSecret
          ? createSecretSealer({ secret: options.sourceSecret })
          : undefined
        return importRegistry(
          registry.context,
          registry.passwords,
          wrapped ? body.document : body,
          {
            conflict: options.conflictStrategy,
            dryRun: options.dryRun,
            actor: { email: principal.email },
            ...(source && { openSealed: (sealed: string) => source.open(sealed) }),
            // what registering it through /gateways would take, as importing writes it alike
            guardGateway: (gateway) => guardGatewayWrite(gateway, (action) => authorize(action)),
            // who holds which role or team is what /rbac gives and takes
            guardAccess: () => authorize('admin.rbac'),
          },
        )
      },
    }),
  ]
}
