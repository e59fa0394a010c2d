import { sql } from 'kysely'
import { notFound } from '../errors.js'
import { newId } from '../ids.js'
import { detectMimeType } from '../resources/mime.js'
import {
  ResourceAddressSchema,
  type Resource,
  type ResourceCreate,
  type ResourceUpdate,
} from '../schemas/resource.js'
import type { FederatedFields, McpExtras } from '../schemas/member-extras.js'
import type { ResourceRow } from '../store/database.js'
import { toNullableJson, fromFlag, fromJson } from '../store/json.js'
import type { Actor, ServiceContext, Viewer } from './context.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { removeMember, setRowEnabled } from './owned-ops.js'
import { validated } from './validated.js'
import { found, guardUnique, ownedColumnsForCreate, ownedColumnsForUpdate } from './write.js'
import { updateVersioned } from './versioned.js'

/** A resource row as the API shows it. */
export function toResource(row: ResourceRow): Resource {
  const mcpExtras = fromJson<McpExtras | null>(row.mcp_extras, null)
  return {
    id: row.id,
    uri: row.uri,
    uriTemplate: row.uri_template,
    name: row.name,
    title: row.title,
    description: row.description,
    mimeType: row.mime_type,
    size: row.size ?? upstreamSize(mcpExtras),
    text: row.text,
    blob: row.blob,
    gatewayId: row.gateway_id,
    mcpExtras,
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as Resource['visibility'],
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** A federated resource's size as its upstream listed it (kept with its extras), if it did. */
function upstreamSize(extras: McpExtras | null): number | null {
  const size = extras?.size
  return typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : null
}

/** Content columns for text or base64 content, with size and a detected MIME type. */
function contentColumns(
  content: { text: string | null; blob: string | null },
  hints: { name: string; uri: string | null; mimeType: string | null | undefined },
): Pick<ResourceRow, 'text' | 'blob' | 'size' | 'mime_type'> {
  const bytes = content.blob === null ? null : Buffer.from(content.blob, 'base64')
  const size = bytes ? bytes.length : content.text === null ? null : Buffer.byteLength(content.text)
  const detected = detectMimeType({
    name: hints.name,
    uri: hints.uri,
    text: content.text,
    blob: bytes,
  })
  return {
    text: content.text,
    blob: content.blob,
    size,
    mime_type: hints.mimeType ?? detected ?? null,
  }
}

/** Resources and resource templates: inline content here, or read through an upstream. */
export function createResourceService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<ResourceRow> {
    return found(
      await db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst(),
      'resource',
      id,
    )
  }

  return {
    /** One page of resources; `templates` picks templates only, otherwise concrete resources only. */
    async list(query: ListQuery, viewer: Viewer, templates = false): Promise<Page<Resource>> {
      const page = await listOwnedRows<ResourceRow>(db, dialect, 'resources', query, viewer, (qb) =>
        qb.where(sql.ref(templates ? 'uri_template' : 'uri'), 'is not', null),
      )
      return { items: page.items.map(toResource), nextCursor: page.nextCursor }
    },

    /** The raw row. */
    getRow,

    /** One resource; 404 when missing or not visible. */
    async get(id: string, viewer: Viewer = { all: true }): Promise<Resource> {
      const row = await getRow(id)
      if (!canView(viewer, row)) throw notFound('resource', id)
      return toResource(row)
    },

    /** Registers a resource; its MIME type is detected from name, URI and content when not given. */
    async create(input: ResourceCreate & FederatedFields, actor: Actor): Promise<Resource> {
      if (input.gatewayId) {
        const gateway = await db
          .selectFrom('gateways')
          .select('id')
          .where('id', '=', input.gatewayId)
          .executeTakeFirst()
        if (!gateway) throw notFound('gateway', input.gatewayId)
      }
      const uri = input.uri ?? null
      const row: ResourceRow = {
        id: newId(),
        uri,
        uri_template: input.uriTemplate ?? null,
        name: input.name,
        title: input.title ?? null,
        description: input.description ?? null,
        ...contentColumns(
          { text: input.content ?? null, blob: input.blob ?? null },
          { name: input.name, uri, mimeType: input.mimeType },
        ),
        gateway_id: input.gatewayId ?? null,
        mcp_extras: toNullableJson(input.mcpExtras),
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      const key = uri ?? row.uri_template ?? ''
      await guardUnique(dialect, { kind: 'resource', field: 'uri', value: key }, () =>
        db.insertInto('resources').values(row).execute(),
      )
      context.events.emit([{ entity: 'resource', id: row.id, op: 'created' }])
      return toResource(row)
    },

    /** Changes the given fields; new content replaces the old (text or blob) and is measured again. */
    async update(id: string, input: ResourceUpdate & FederatedFields): Promise<Resource> {
      const before = await getRow(id)
      const { uri, uriTemplate } = validated(ResourceAddressSchema, {
        uri: input.uri === undefined ? before.uri : input.uri,
        uriTemplate: input.uriTemplate === undefined ? before.uri_template : input.uriTemplate,
      })
      const contentChanged = input.content !== undefined || input.blob !== undefined
      const name = input.name ?? before.name
      const changes = {
        ...(input.uri !== undefined && { uri: input.uri }),
        ...(input.uriTemplate !== undefined && { uri_template: input.uriTemplate }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.mimeType !== undefined && { mime_type: input.mimeType }),
        ...(input.mcpExtras !== undefined && { mcp_extras: toNullableJson(input.mcpExtras) }),
        ...(contentChanged &&
          contentColumns(
            { text: input.content ?? null, blob: input.blob ?? null },
            { name, uri, mimeType: input.mimeType },
          )),
        ...(await ownedColumnsForUpdate(db, input, before)),
      }
      const key = uri ?? uriTemplate ?? ''
      await guardUnique(dialect, { kind: 'resource', field: 'uri', value: key }, async () =>
        updateVersioned(db, 'resources', id, changes, { kind: 'resource', version: input.version }),
      )
      context.events.emit([{ entity: 'resource', id, op: 'updated' }])
      return toResource(await getRow(id))
    },

    /** Enables or disables a resource. */
    async setEnabled(id: string, enabled: boolean): Promise<Resource> {
      await setRowEnabled(context, 'resources', 'resource', id, enabled)
      return toResource(await getRow(id))
    },

    /** Deletes a resource and its virtual-server memberships. */
    remove: (id: string) => removeMember(context, 'resources', 'resource', id),
  }
}

/** The resource service's interface. */
export type ResourceService = ReturnType<typeof createResourceService>
