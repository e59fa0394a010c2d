import { $RefParser } from '@apidevtools/json-schema-ref-parser'
import type { DocumentProblem } from '../errors.js'
import { pointerOf } from './validate-document.js'

/** A dereferenced document, or the references that could not be resolved. */
export type Dereferenced =
  | { document: Record<string, unknown>; problems?: undefined }
  | { document?: undefined; problems: DocumentProblem[] }

interface RefError {
  message: string
  path?: (string | number)[] | null
}

/**
 * Replaces every local `$ref` with what it points at (in a copy of the document; a recursive schema
 * becomes a cyclic object). External references (files, URLs) are never followed: a document must stand alone.
 */
export async function dereferenceDocument(
  document: Record<string, unknown>,
): Promise<Dereferenced> {
  try {
    const resolved = await new $RefParser().dereference(structuredClone(document), {
      resolve: { external: false },
      dereference: { circular: true },
      continueOnError: true,
    })
    return { document: resolved as Record<string, unknown> }
  } catch (error) {
    const errors = (error as { errors?: RefError[] }).errors ?? [error as RefError]
    return {
      problems: errors.map((e) => ({
        pointer: e.path ? `${pointerOf(e.path)}/$ref` : '',
        message: e.message.replace(/^Missing \$ref pointer ("[^"]*")\./, 'points at nothing: $1.'),
      })),
    }
  }
}
