import { McpFaceError } from '@switchyard/transports'
import { errorMappings } from '../errors.js'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What makes an upstream's tools/call result one no MCP client can read, or undefined when it is
 * fine. Only the shape is checked (content kinds and fields newer than ours pass); an
 * input_required result is the face's to carry.
 */
export function toolResultProblem(result: Record<string, unknown>): string | undefined {
  if (result.resultType === 'input_required') return undefined
  const { content, isError, structuredContent } = result
  if (content !== undefined) {
    if (!Array.isArray(content)) return 'content is not an array'
    const at = content.findIndex((item) => !isRecord(item) || typeof item.type !== 'string')
    if (at >= 0) return `content[${at}] is not a content block with a type`
  }
  if (isError !== undefined && typeof isError !== 'boolean') return 'isError is not a boolean'
  if (structuredContent !== undefined && !isRecord(structuredContent))
    return 'structuredContent is not an object'
  return undefined
}

/** The upstream's tools/call result, or -32010 naming the tool and what is wrong with it. */
export function checkedToolResult(
  name: string,
  result: Record<string, unknown>,
): Record<string, unknown> {
  const problem = toolResultProblem(result)
  if (problem === undefined) return result
  throw new McpFaceError(
    errorMappings.UPSTREAM_ERROR.jsonRpc,
    `tool '${name}': the upstream answered with a result MCP does not allow (${problem})`,
  )
}
