import { Ajv, type ValidateFunction } from 'ajv'

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false })
const compiled = new WeakMap<object, ValidateFunction | Error>()

/** Why arguments fail a tool's input schema (each problem with its path), or undefined when they pass. */
export function argumentProblems(
  schema: Readonly<Record<string, unknown>>,
  args: unknown,
): string[] | undefined {
  let validate = compiled.get(schema)
  if (validate === undefined) {
    // Compiled once per catalog entry; a schema Ajv cannot compile is not enforced here (the upstream decides).
    try {
      validate = ajv.compile(schema)
    } catch (error) {
      validate = error instanceof Error ? error : new Error(String(error))
    }
    compiled.set(schema, validate)
  }
  if (validate instanceof Error || validate(args)) return undefined
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(arguments)'} ${e.message ?? 'is invalid'}`,
  )
}
