import type { JsonSchema } from '../api/types'

/** How the "try it" form edits one argument. */
export type ArgumentKind = 'text' | 'number' | 'integer' | 'boolean' | 'choice' | 'json'

/** One argument of a tool, from its input schema. */
export interface ArgumentField {
  name: string
  kind: ArgumentKind
  required: boolean
  description?: string
  choices?: string[]
}

function kindOf(schema: JsonSchema): ArgumentKind {
  if (schema.enum?.every((value) => typeof value === 'string')) return 'choice'
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') {
    return type === 'string' ? 'text' : type
  }
  return 'json'
}

/** The form fields for a tool's input schema (top-level properties). */
export function fieldsOf(schema: JsonSchema): ArgumentField[] {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    kind: kindOf(property),
    required: required.has(name),
    ...(property.description && { description: property.description }),
    ...(property.enum && { choices: property.enum.map(String) }),
  }))
}

/** The arguments to send, or the message for each field that does not parse. */
export function argumentsOf(
  fields: readonly ArgumentField[],
  values: Record<string, string>,
): { args: Record<string, unknown>; problems: Record<string, string | undefined> } {
  const args: Record<string, unknown> = {}
  const problems: Record<string, string | undefined> = {}
  for (const field of fields) {
    const raw = values[field.name] ?? ''
    if (field.kind === 'boolean') {
      if (raw) args[field.name] = raw === 'true'
      else if (field.required) problems[field.name] = 'Choose true or false.'
      continue
    }
    if (raw.trim() === '') {
      if (field.required) problems[field.name] = `${field.name} is required.`
      continue
    }
    if (field.kind === 'number' || field.kind === 'integer') {
      const value = Number(raw)
      if (!Number.isFinite(value) || (field.kind === 'integer' && !Number.isInteger(value)))
        problems[field.name] = `Enter ${field.kind === 'integer' ? 'a whole number' : 'a number'}.`
      else args[field.name] = value
    } else if (field.kind === 'json') {
      try {
        args[field.name] = JSON.parse(raw)
      } catch {
        problems[field.name] = 'Enter valid JSON.'
      }
    } else args[field.name] = raw
  }
  return { args, problems }
}
