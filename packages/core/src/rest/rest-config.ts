import { compile } from '@jmespath-community/jmespath'
import { z } from 'zod'
import { HeaderNameSchema, isHopByHop, PassthroughHeadersSchema } from '../schemas/common.js'
import { issueMessage } from '../schemas/issue-message.js'

const ArgumentName = z.string().min(1).max(256)

/** Refuses a responseFilter that is not a JMESPath expression. */
function compiles(expression: string, ctx: z.RefinementCtx): void {
  try {
    compile(expression)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    ctx.addIssue({ code: 'custom', message: `not a JMESPath expression: ${reason}` })
  }
}

/**
 * How a REST tool maps call arguments onto an HTTP request (its `integrationConfig`). Path
 * parameters are the `{name}` placeholders of the tool's URL. Arguments named in `query` go to the
 * query string and those in `headers` to headers; the rest make the body (`json` by default for
 * POST, PUT and PATCH) or, for GET and DELETE, the query string. `bodyArgument` makes one argument
 * the whole body.
 */
export const RestConfigSchema = z
  .object({
    query: z.array(ArgumentName).max(200).optional(),
    /** HTTP header name -> argument name. */
    headers: z
      .record(HeaderNameSchema, ArgumentName)
      .superRefine((headers, ctx) => {
        for (const name of Object.keys(headers).filter(isHopByHop)) {
          const message = `${name} frames the request, which the gateway does itself: no argument sets it`
          ctx.addIssue({ code: 'custom', path: [name], message })
        }
      })
      .optional(),
    body: z.enum(['json', 'form', 'raw']).optional(),
    bodyArgument: ArgumentName.optional(),
    /** Retries of an idempotent method (GET, PUT, DELETE) after a network error, 429 or 502-504. */
    retries: z.number().int().min(0).max(10).optional(),
    /** A JMESPath expression applied to a JSON response before it is returned. */
    responseFilter: z.string().min(1).max(4096).superRefine(compiles).optional(),
    /** Caller headers forwarded; `X-Upstream-Authorization` travels as `Authorization`. */
    passthroughHeaders: PassthroughHeadersSchema.optional(),
  })
  .loose()
export type RestConfig = z.infer<typeof RestConfigSchema>

/** The `{name}` placeholders of a URL template, in order. */
export function pathParameters(url: string): string[] {
  return [...url.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '')
}

/**
 * Why a REST tool cannot be registered as given: an invalid integrationConfig, or a URL placeholder
 * or mapped argument that the input schema does not declare. Each problem names its field.
 */
export function restToolProblems(tool: {
  url?: string | null | undefined
  inputSchema?: Record<string, unknown> | undefined
  integrationConfig?: Record<string, unknown> | undefined
}): { path: string[]; message: string }[] {
  const parsed = RestConfigSchema.safeParse(tool.integrationConfig ?? {}, { error: issueMessage })
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: ['integrationConfig', ...issue.path.map(String)],
      message: issue.message,
    }))
  }
  const declared = tool.inputSchema?.properties
  const known = new Set(
    typeof declared === 'object' && declared !== null ? Object.keys(declared) : [],
  )
  const problems: { path: string[]; message: string }[] = []
  for (const name of pathParameters(tool.url ?? '')) {
    if (!known.has(name)) {
      problems.push({
        path: ['url'],
        message: `the URL names {${name}}, which the input schema does not declare as a property`,
      })
    }
  }
  const config = parsed.data
  const mapped: [string, string][] = [
    ...(config.query ?? []).map((name): [string, string] => ['query', name]),
    ...Object.values(config.headers ?? {}).map((name): [string, string] => ['headers', name]),
    ...(config.bodyArgument ? [['bodyArgument', config.bodyArgument] as [string, string]] : []),
  ]
  for (const [field, name] of mapped) {
    if (!known.has(name)) {
      problems.push({
        path: ['integrationConfig', field],
        message: `argument '${name}' is not a property of the input schema`,
      })
    }
  }
  return problems
}
