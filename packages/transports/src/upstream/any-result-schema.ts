import type { StandardSchemaV1 } from '@modelcontextprotocol/client'

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A result schema that accepts any JSON object unchanged, so every method passes through. */
export const anyResultSchema: StandardSchemaV1<unknown, Record<string, unknown>> = {
  '~standard': {
    version: 1,
    vendor: 'switchyard',
    validate: (value) =>
      isRecord(value) ? { value } : { issues: [{ message: 'the result is not a JSON object' }] },
  },
}
