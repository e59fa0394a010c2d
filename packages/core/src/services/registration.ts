import type { RegistrationPayload } from '../plugins/plugin.js'
import type { Actor, ServiceContext } from './context.js'

/** Fields that may hold credentials: registration hooks never see them. */
const SECRET_FIELDS = new Set(['auth', 'env', 'headers'])

/** Runs the registration hooks (which may refuse) before a tool, server or gateway is saved. */
export async function checkRegistration(
  context: ServiceContext,
  kind: RegistrationPayload['kind'],
  id: string | null,
  input: object,
  actor: Actor | undefined,
): Promise<void> {
  if (!context.onRegistration) return
  const shown = Object.fromEntries(Object.entries(input).filter(([k]) => !SECRET_FIELDS.has(k)))
  const action = id === null ? 'create' : 'update'
  await context.onRegistration({ kind, action, id, input: shown }, actor?.email ?? null)
}
