import { GatewayError } from '../errors.js'
import type { UrlPolicy } from '../rest/url-policy.js'
import { dereferenceDocument } from './dereference.js'
import type { OpenApiImport } from './import-schema.js'
import { fetchDocumentText, parseDocumentText, type FetchDocumentOptions } from './read-document.js'
import { schemaProblemsOf, semanticProblems } from './validate-document.js'

function invalid(detail: string, problems: { pointer: string; message: string }[]): GatewayError {
  const listed = problems
    .slice(0, 3)
    .map((p) => `${p.pointer || '/'} ${p.message}`)
    .join('; ')
  return new GatewayError('INVALID_DOCUMENT', `${detail}: ${listed}`, { problems })
}

/** Reads, validates and dereferences the document of an import request. */
export async function loadDocument(
  request: OpenApiImport,
  fetchOptions: FetchDocumentOptions | undefined,
  urlPolicy: UrlPolicy | undefined,
) {
  const raw =
    request.spec === undefined
      ? parseDocumentText(
          await fetchDocumentText(request.url ?? '', { urlPolicy, ...fetchOptions }),
          request.url,
        )
      : typeof request.spec === 'string'
        ? parseDocumentText(request.spec)
        : request.spec
  const schemaProblems = schemaProblemsOf(raw)
  if (schemaProblems.length > 0) throw invalid('the OpenAPI document is invalid', schemaProblems)
  const dereferenced = await dereferenceDocument(raw)
  if (dereferenced.problems) {
    throw invalid('the OpenAPI document has broken references', dereferenced.problems)
  }
  const problems = semanticProblems(dereferenced.document)
  if (problems.length > 0) throw invalid('the OpenAPI document is invalid', problems)
  return dereferenced.document
}
