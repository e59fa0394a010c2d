import type { Kysely } from 'kysely'
import { GatewayError, notFound } from '../errors.js'
import { newId } from '../ids.js'
import { diffRevisions, type PromptDiff } from '../prompts/diff.js'
import { compileTemplate, renderTemplate, templateVariables } from '../prompts/render.js'
import type {
  Prompt,
  PromptCreate,
  PromptRevision,
  PromptRevisionInput,
  PromptUpdate,
} from '../schemas/prompt.js'
import type { FederatedFields } from '../schemas/member-extras.js'
import type { Database, PromptRevisionRow, PromptRow } from '../store/database.js'
import { toNullableJson, fromFlag, fromJson, toFlag, toJson } from '../store/json.js'
import { type Actor, type ServiceContext, type Viewer } from './context.js'
import { invalidInput } from './validated.js'
import { inTransaction } from './transaction.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { exposedMemberName } from './member-name.js'
import { removeMember, setRowEnabled } from './owned-ops.js'
import {
  found,
  guardUnique,
  invalidField,
  ownedColumnsForCreate,
  ownedColumnsForUpdate,
} from './write.js'
import { assertVersion } from './versioned.js'

type Arguments = Prompt['arguments']

/** A prompt row as the API shows it. */
export function toPrompt(row: PromptRow): Prompt {
  return {
    id: row.id,
    name: row.name,
    originalName: row.original_name,
    title: row.title,
    description: row.description,
    template: row.template,
    arguments: fromJson(row.arguments, []),
    gatewayId: row.gateway_id,
    mcpExtras: fromJson(row.mcp_extras, null),
    version: row.version,
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as Prompt['visibility'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toRevision(row: PromptRevisionRow): PromptRevision {
  return {
    promptId: row.prompt_id,
    version: row.version,
    name: row.name,
    ...(fromFlag(row.title_recorded) && { title: row.title }),
    description: row.description,
    template: row.template,
    arguments: fromJson(row.arguments, []),
    createdAt: row.created_at,
    createdBy: row.created_by,
  }
}

function normalizeArguments(declared: PromptCreate['arguments'], template: string): Arguments {
  if (declared === undefined) {
    return templateVariables(template).map((name) => ({ name, description: null, required: true }))
  }
  return declared.map((a) => ({
    name: a.name,
    ...(a.title !== undefined && { title: a.title }),
    description: a.description ?? null,
    ...(a.required !== undefined && { required: a.required }),
  }))
}

/** The MCP `prompts/get` result shape. */
export interface RenderedPrompt {
  description: string | null
  messages: { role: 'user'; content: { type: 'text'; text: string } }[]
}

/** Prompts: Jinja2-style templates with declared arguments; every update is kept as a revision. */
export function createPromptService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<PromptRow> {
    return found(
      await db.selectFrom('prompts').selectAll().where('id', '=', id).executeTakeFirst(),
      'prompt',
      id,
    )
  }

  async function saveRevision(trx: Kysely<Database>, row: PromptRow, actor: Actor): Promise<void> {
    await trx
      .insertInto('prompt_revisions')
      .values({
        prompt_id: row.id,
        version: row.version,
        name: row.name,
        title: row.title,
        title_recorded: 1,
        description: row.description,
        template: row.template,
        arguments: toJson(fromJson(row.arguments, [])),
        created_at: row.updated_at,
        created_by: actor.email,
      })
      .execute()
  }

  async function getRevision(id: string, version: number): Promise<PromptRevision> {
    const row = await db
      .selectFrom('prompt_revisions')
      .selectAll()
      .where('prompt_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst()
    if (!row) throw notFound('prompt revision', `${id}@v${version}`)
    return toRevision(row)
  }

  async function update(
    id: string,
    input: PromptUpdate & FederatedFields,
    actor: Actor,
  ): Promise<Prompt> {
    const before = await getRow(id)
    const template = input.template ?? before.template
    if (before.gateway_id !== null && template !== before.template)
      throw invalidInput([
        { path: 'template', message: "is the upstream's: a federated prompt is rendered there" },
      ])
    if (input.template !== undefined) checkTemplate(template)
    // a new name is the exposed one: a federated prompt keeps its upstream's (sync matches on it)
    const name = input.name ?? before.name
    const row: PromptRow = {
      ...before,
      name,
      ...(input.name !== undefined && before.gateway_id === null && { original_name: input.name }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.description !== undefined && { description: input.description }),
      template,
      ...(input.arguments !== undefined && {
        arguments: toJson(normalizeArguments(input.arguments, template)),
      }),
      ...(input.mcpExtras !== undefined && { mcp_extras: toNullableJson(input.mcpExtras) }),
      version: before.version + 1,
      ...(await ownedColumnsForUpdate(db, input, before)),
    }
    await guardUnique(dialect, { kind: 'prompt', field: 'name', value: name }, () =>
      inTransaction(db, async (trx) => {
        assertVersion(
          await trx
            .updateTable('prompts')
            .set(row)
            .where('id', '=', id)
            .where('version', '=', input.version ?? before.version)
            .executeTakeFirst(),
          'prompt',
          id,
          input.version ?? before.version,
        )
        await saveRevision(trx, row, actor)
      }),
    )
    context.events.emit([{ entity: 'prompt', id, op: 'updated' }])
    return toPrompt(row)
  }

  return {
    /** One page of prompts the viewer may see. */
    async list(query: ListQuery, viewer: Viewer): Promise<Page<Prompt>> {
      const page = await listOwnedRows<PromptRow>(db, dialect, 'prompts', query, viewer)
      return { items: page.items.map(toPrompt), nextCursor: page.nextCursor }
    },

    /** The raw row. */
    getRow,

    /** One prompt; 404 when missing or not visible. */
    async get(id: string, viewer: Viewer = { all: true }): Promise<Prompt> {
      const row = await getRow(id)
      if (!canView(viewer, row)) throw notFound('prompt', id)
      return toPrompt(row)
    },

    /** Registers a prompt (version 1). Without declared arguments, the template's variables become required ones. */
    async create(input: PromptCreate & FederatedFields, actor: Actor): Promise<Prompt> {
      checkTemplate(input.template)
      const name = await exposedMemberName(context, input.name, input.gatewayId)
      const row: PromptRow = {
        id: newId(),
        name,
        original_name: input.name,
        title: input.title ?? null,
        description: input.description ?? null,
        template: input.template,
        arguments: toJson(normalizeArguments(input.arguments, input.template)),
        gateway_id: input.gatewayId ?? null,
        mcp_extras: toNullableJson(input.mcpExtras),
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      await guardUnique(dialect, { kind: 'prompt', field: 'name', value: name }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('prompts').values(row).execute()
          await saveRevision(trx, row, actor)
        }),
      )
      context.events.emit([{ entity: 'prompt', id: row.id, op: 'created' }])
      return toPrompt(row)
    },

    /** Changes the given fields as a new version; the old one stays in the revisions. */
    update,

    /** Enables or disables a prompt. */
    async setEnabled(id: string, enabled: boolean): Promise<Prompt> {
      await setRowEnabled(context, 'prompts', 'prompt', id, enabled)
      return toPrompt(await getRow(id))
    },

    /** Deletes a prompt, its revisions and its virtual-server memberships. */
    remove: (id: string) => removeMember(context, 'prompts', 'prompt', id),

    /** Renders a prompt with argument values; 422 names every missing or unknown argument. */
    async render(
      id: string,
      values: Record<string, unknown>,
      viewer: Viewer = { all: true },
    ): Promise<RenderedPrompt> {
      const prompt = toPrompt(await getRow(id))
      if (!canView(viewer, prompt)) throw notFound('prompt', id)
      const declared = new Set(prompt.arguments.map((a) => a.name))
      const issues = [
        ...prompt.arguments
          .filter((a) => a.required && (values[a.name] === undefined || values[a.name] === null))
          .map((a) => ({ path: a.name, message: 'is required' })),
        ...Object.keys(values)
          .filter((name) => !declared.has(name))
          .map((name) => ({
            path: name,
            message: `is not an argument of prompt '${prompt.name}'`,
          })),
      ]
      if (issues.length > 0) {
        const summary = issues.map((i) => `${i.path} ${i.message}`).join('; ')
        throw new GatewayError('VALIDATION_FAILED', `invalid prompt arguments: ${summary}`, {
          issues,
        })
      }
      const text = renderTemplate(prompt.template, values)
      return {
        description: prompt.description,
        messages: [{ role: 'user', content: { type: 'text', text } }],
      }
    },

    /** Every version of a prompt, newest first. */
    async revisions(id: string): Promise<PromptRevision[]> {
      await getRow(id)
      const rows = await db
        .selectFrom('prompt_revisions')
        .selectAll()
        .where('prompt_id', '=', id)
        .orderBy('version', 'desc')
        .execute()
      return rows.map(toRevision)
    },

    /** One version of a prompt. */
    revision: getRevision,

    /** What changed between two versions. */
    async diff(id: string, from: number, to: number): Promise<PromptDiff> {
      return diffRevisions(await getRevision(id, from), await getRevision(id, to))
    },

    /**
     * Gives an imported prompt the history it was exported with: its revisions become those, and
     * its version the newest of them. The newest is the prompt as imported: where it kept no title
     * (exported before revisions did), it takes the prompt's.
     */
    async restoreRevisions(id: string, revisions: readonly PromptRevisionInput[]): Promise<void> {
      if (revisions.length === 0) return
      const version = Math.max(...revisions.map((r) => r.version))
      const { title } = await getRow(id)
      const titleOf = (r: PromptRevisionInput) =>
        r.title === undefined && r.version === version ? title : r.title
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('prompt_revisions').where('prompt_id', '=', id).execute()
        await trx
          .insertInto('prompt_revisions')
          .values(
            revisions.map((r) => ({
              prompt_id: id,
              version: r.version,
              name: r.name,
              title: titleOf(r) ?? null,
              title_recorded: toFlag(titleOf(r) !== undefined),
              description: r.description,
              template: r.template,
              arguments: toJson(r.arguments),
              created_at: r.createdAt,
              created_by: r.createdBy,
            })),
          )
          .execute()
        await trx.updateTable('prompts').set({ version }).where('id', '=', id).execute()
      })
      context.events.emit([{ entity: 'prompt', id, op: 'updated' }])
    },

    /**
     * Makes an earlier version's content current again as a new version; history is never
     * rewritten. A version that kept no title (made before revisions did) leaves the current one.
     */
    async rollback(id: string, version: number, actor: Actor): Promise<Prompt> {
      const target = await getRevision(id, version)
      const current = await getRow(id)
      if (version === current.version)
        throw invalidField('version', 'is already the current version')
      const { title, description, template, arguments: args } = target
      return update(
        id,
        { ...(title !== undefined && { title }), description, template, arguments: args },
        actor,
      )
    },
  }
}

/** The prompt service's interface. */
export type PromptService = ReturnType<typeof createPromptService>

/** A template that does not compile is bad input in the `template` field (422 naming it). */
function checkTemplate(source: string): void {
  try {
    compileTemplate(source)
  } catch (error) {
    if (!(error instanceof GatewayError) || error.code !== 'TEMPLATE_ERROR') throw error
    throw invalidInput([{ path: 'template', message: error.message }])
  }
}
