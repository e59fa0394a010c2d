import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'

const OPTIONS = { allErrors: true, strict: false, validateFormats: false }
// made on first use: each holds its dialect's meta-schemas
let draft2020: Ajv2020 | undefined
let draft07: Ajv | undefined
const compiled = new WeakMap<object, ValidateFunction | Error>()

/**
 * A validator in the schema's dialect: JSON Schema 2020-12 unless `$schema` names draft-07, as MCP
 * has it; a schema naming no dialect that only compiles as draft-07 (tuple `items`, say) is taken
 * as that.
 */
function compile(schema: Readonly<Record<string, unknown>>): ValidateFunction {
  const dialect = schema.$schema
  if (typeof dialect === 'string' && /json-schema\.org\/draft-07\/schema/.test(dialect))
    return (draft07 ??= new Ajv(OPTIONS)).compile(schema)
  try {
    return (draft2020 ??= new Ajv2020(OPTIONS)).compile(schema)
  } catch (error) {
    if (dialect !== undefined) throw error
    return (draft07 ??= new Ajv(OPTIONS)).compile(schema)
  }
}

/** Why arguments fail a tool's input schema (each problem with its path), or undefined when they pass. */
export function argumentProblems(
  schema: Readonly<Record<string, unknown>>,
  args: unknown,
): string[] | undefined {
  let validate = compiled.get(schema)
  if (validate === undefined) {
    // Compiled once per catalog entry; a schema Ajv cannot compile is not enforced here (the upstream decides).
    try {
      validate = compile(schema)
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
