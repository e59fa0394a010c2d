import { SECRET_MASK } from '../schemas/common.js'
import { invalidInput } from './validated.js'

/**
 * The environment an update gives a stdio upstream: a value sent as the mask answers show
 * (`*****`) is the stored value of that name, kept; a masked name with no stored value is refused.
 */
export function keptEnv(
  sent: Record<string, string>,
  stored: Record<string, string>,
): Record<string, string> {
  const unknown = Object.keys(sent).filter(
    (name) => sent[name] === SECRET_MASK && !Object.hasOwn(stored, name),
  )
  if (unknown.length > 0)
    throw invalidInput(
      unknown.map((name) => ({
        path: `env.${name}`,
        message: `is ${SECRET_MASK}, which keeps a stored value, and ${name} has none: give its value`,
      })),
    )
  return Object.fromEntries(
    Object.entries(sent).map(([name, value]) => [
      name,
      value === SECRET_MASK ? (stored[name] ?? value) : value,
    ]),
  )
}
