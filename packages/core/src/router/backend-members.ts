import type {
  Catalog,
  CatalogMember,
  CatalogPrompt,
  CatalogResource,
  CatalogServer,
  CatalogTool,
} from '../catalog/catalog.js'
import type { Viewer } from '../services/context.js'
import { canView } from '../services/list-query.js'

type Members<T> = readonly CatalogMember<T>[]

/** What one backend serves: the members the viewer may see, looked up by name, and their listings. */
export interface BackendMembers {
  tools: Members<CatalogTool>
  resources: Members<CatalogResource>
  prompts: Members<CatalogPrompt>
  toolsByName: ReadonlyMap<string, CatalogMember<CatalogTool>>
  promptsByName: ReadonlyMap<string, CatalogMember<CatalogPrompt>>
  /** The MCP list entries, built once per backend (one per catalog snapshot), not per request. */
  listings: Record<
    'tools' | 'resources' | 'resourceTemplates' | 'prompts',
    Record<string, unknown>[]
  >
}

const all = <T extends { name: string; description: string | null }>(
  items: Iterable<T>,
): CatalogMember<T>[] =>
  [...items].map((entity) => ({ name: entity.name, description: entity.description, entity }))

/** Every member of a virtual server, or of the whole catalog when there is none, in listing order. */
export function allMembers(
  catalog: Catalog,
  server: CatalogServer | undefined,
): Pick<BackendMembers, 'tools' | 'resources' | 'prompts'> {
  return {
    tools: server?.tools ?? all(catalog.toolsByName.values()),
    resources: server?.resources ?? all(catalog.resources.values()),
    prompts: server?.prompts ?? all(catalog.promptsByName.values()),
  }
}

/** The members of a virtual server, or of the whole catalog when there is none, that `viewer` may see. */
export function backendMembers(
  catalog: Catalog,
  server: CatalogServer | undefined,
  viewer: Viewer,
): BackendMembers {
  const visible = <T extends { owner: string | null; team: string | null; visibility: string }>(
    m: CatalogMember<T>,
  ) => canView(viewer, m.entity)
  const members = allMembers(catalog, server)
  const tools = members.tools.filter(visible)
  const resources = members.resources.filter(visible)
  const prompts = members.prompts.filter(visible)
  return {
    tools,
    resources,
    prompts,
    toolsByName: new Map(tools.map((m) => [m.name, m])),
    promptsByName: new Map(prompts.map((m) => [m.name, m])),
    listings: {
      tools: tools.map(toolEntry),
      resources: resources.filter((m) => m.entity.uri).map(resourceEntry),
      resourceTemplates: resources.filter((m) => m.entity.uriTemplate).map(resourceEntry),
      prompts: prompts.map(promptEntry),
    },
  }
}

/** A tool as `tools/list` lists it. */
export function toolEntry({
  name,
  description,
  entity,
}: CatalogMember<CatalogTool>): Record<string, unknown> {
  return {
    name,
    ...(entity.displayName && { title: entity.displayName }),
    ...(description !== null && { description }),
    inputSchema: entity.inputSchema,
    ...(entity.outputSchema && { outputSchema: entity.outputSchema }),
    ...(Object.keys(entity.annotations).length > 0 && { annotations: entity.annotations }),
    ...entity.mcpExtras,
  }
}

/** A resource or template as `resources/list` or `resources/templates/list` lists it. */
export function resourceEntry({
  name,
  description,
  entity,
}: CatalogMember<CatalogResource>): Record<string, unknown> {
  return {
    ...(entity.uri ? { uri: entity.uri } : { uriTemplate: entity.uriTemplate }),
    name,
    ...(entity.title !== null && { title: entity.title }),
    ...(description !== null && { description }),
    ...(entity.mimeType && { mimeType: entity.mimeType }),
    ...(entity.size !== null && entity.uri && { size: entity.size }),
    ...entity.mcpExtras,
  }
}

/** A prompt as `prompts/list` lists it. */
export function promptEntry({
  name,
  description,
  entity,
}: CatalogMember<CatalogPrompt>): Record<string, unknown> {
  return {
    name,
    ...(entity.title !== null && { title: entity.title }),
    ...(description !== null && { description }),
    // none declared: left out, as an upstream that lists none leaves it
    ...(entity.arguments.length > 0 && {
      arguments: entity.arguments.map((a) => ({
        name: a.name,
        ...(a.title !== undefined && { title: a.title }),
        ...(a.description !== null && { description: a.description }),
        ...(a.required !== undefined && { required: a.required }),
      })),
    }),
    ...entity.mcpExtras,
  }
}
