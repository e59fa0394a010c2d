import type { CatalogPrompt, CatalogResource, CatalogTool } from '../catalog/catalog.js'

/** What a call does to the member it names: `tools/call`, `resources/read`, `prompts/get`. */
export type MemberAction = 'tools.execute' | 'resources.read' | 'prompts.execute'

/**
 * Decides whether the caller may take the action on a member it sees, where the backend looks the
 * member up; throws the JSON-RPC error to answer with when it may not.
 */
export type MemberAccess = (
  action: MemberAction,
  entity: CatalogTool | CatalogResource | CatalogPrompt,
) => void
