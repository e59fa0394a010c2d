import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { problemTexts } from './schema-problem-text.js'

// verbose: errors carry the value and the schema around them, to say what was given and expected
const OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true }
const DRAFT_07 = /json-schema\.org\/draft-07\/schema/
const DRAFT_2020 = /json-schema\.org\/draft\/2020-12\/schema/
// made on first use: each holds its dialect's meta-schemas
let draft2020: Ajv2020 | undefined
let draft07: Ajv | undefined
const compiled = new WeakMap<object, ValidateFunction | Error>()

/**
 * The largest schema compiled, in bytes of JSON: compiling takes time and memory that grow faster
 * than its size (about 2 s for 256 KiB, 30 s and 1.5 GB for 2.6 MiB).
 */
export const MAX_SCHEMA_BYTES = 256 * 1024

/** Compiles without keeping the schema in the instance, so another schema may reuse its `$id`. */
function compileWith(ajv: Ajv | Ajv2020, schema: Readonly<Record<string, unknown>>) {
  try {
    return ajv.compile(schema)
  } finally {
    ajv.removeSchema(schema)
  }
}

/**
 * A validator in the schema's dialect: JSON Schema 2020-12 unless `$schema` names draft-07, as MCP
 * has it. A schema naming no dialect, or one Ajv lacks (draft-04, 2019-09), is read as 2020-12 or,
 * when only that compiles (tuple `items`, say), as draft-07.
 */
function compile(schema: Readonly<Record<string, unknown>>): ValidateFunction {
  const { $schema: dialect, ...unnamed } = schema
  if (typeof dialect === 'string' && DRAFT_07.test(dialect))
    return compileWith((draft07 ??= new Ajv(OPTIONS)), schema)
  const named = typeof dialect === 'string' && DRAFT_2020.test(dialect)
  try {
    return compileWith((draft2020 ??= new Ajv2020(OPTIONS)), named ? schema : unnamed)
  } catch (error) {
    if (named) throw error
    return compileWith((draft07 ??= new Ajv(OPTIONS)), unnamed)
  }
}

/** The compiled validator of a schema (once per schema object), or why it does not compile. */
function validatorOf(schema: Readonly<Record<string, unknown>>): ValidateFunction | Error {
  let validate = compiled.get(schema)
  if (validate === undefined) {
    try {
      if (JSON.stringify(schema).length > MAX_SCHEMA_BYTES)
        throw new Error(`it takes more than ${MAX_SCHEMA_BYTES / 1024} KiB of JSON`)
      validate = compile(schema)
    } catch (error) {
      validate = error instanceof Error ? error : new Error(String(error))
    }
    compiled.set(schema, validate)
  }
  return validate
}

/** Why a JSON Schema cannot be compiled (a bad `pattern`, a `$ref` to nothing, ...), or undefined. */
export function schemaProblem(schema: Readonly<Record<string, unknown>>): string | undefined {
  const validate = validatorOf(schema)
  return validate instanceof Error ? validate.message : undefined
}

/**
 * Why a value fails a schema (a tool's arguments its input schema, by default), each problem with
 * its path from `root`, or undefined when it passes. A schema that cannot be compiled passes
 * nothing: its one problem says why.
 */
export function argumentProblems(
  schema: Readonly<Record<string, unknown>>,
  value: unknown,
  root = 'arguments',
): string[] | undefined {
  const validate = validatorOf(schema)
  if (validate instanceof Error)
    return [`the schema cannot be checked, so nothing is passed: ${validate.message}`]
  if (validate(value)) return undefined
  return problemTexts(validate.errors ?? [], root)
}
