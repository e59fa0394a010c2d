import { SpanKind } from '@opentelemetry/api'
import { invokedUpstream, type CatalogTool, type ToolInvoker } from '@switchyard/core'
import type { Metrics } from '../metrics/metrics.js'
import { ATTR, EXECUTE_TOOL, errorTypeOf, spanName, TOOL_ERROR } from './mcp-semconv.js'
import { inSpan } from './in-span.js'
import type { Tracing } from './tracing.js'

/**
 * Wraps a REST, gRPC or A2A invoker: each invocation is recorded as an upstream call (named
 * `{type} {host}`) and, with tracing, runs in a CLIENT span under the request it is made for, whose
 * context the invoker sends (`traceparent` header or metadata).
 */
export function observeInvoker(
  type: string,
  invoke: ToolInvoker,
  metrics: Metrics,
  tracing: Tracing | undefined,
): ToolInvoker {
  const record = (tool: CatalogTool, started: number, error?: string) =>
    metrics.record({
      kind: 'upstream',
      method: 'tools/call',
      name: upstreamName(type, tool),
      seconds: (performance.now() - started) / 1000,
      at: Date.now(),
      error,
    })
  const invoked: ToolInvoker = async (tool, args, context) => {
    const started = performance.now()
    try {
      const result = await invoke(tool, args, context)
      record(tool, started, result.isError === true ? TOOL_ERROR : undefined)
      return result
    } catch (error) {
      record(tool, started, errorTypeOf(error))
      throw error
    }
  }
  if (!tracing) return invoked
  return (tool, args, context) => {
    const parent = tracing.extract(context.traceContext, false)
    // a trace the sampler leaves out: its context goes on as it came
    if (parent !== undefined && !tracing.records(parent)) return invoked(tool, args, context)
    const span = tracing.start(
      spanName('tools/call', tool.name),
      SpanKind.CLIENT,
      {
        [ATTR.mcpMethodName]: 'tools/call',
        [ATTR.genAiToolName]: tool.name,
        [ATTR.genAiOperationName]: EXECUTE_TOOL,
        [ATTR.switchyardIntegrationType]: type,
      },
      parent,
    )
    return inSpan(tracing, span, context, (traced) => invoked(tool, args, traced))
  }
}

const names = new WeakMap<CatalogTool, string>()

function upstreamName(type: string, tool: CatalogTool): string {
  let name = names.get(tool)
  if (name === undefined) {
    name = invokedUpstream(type, tool)
    names.set(tool, name)
  }
  return name
}
