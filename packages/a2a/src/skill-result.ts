import type { Part } from '@a2a-js/sdk'
import type { ToolResult } from './tool-result.js'

const part = (content: Part['content'], mediaType = '', filename = ''): Part => ({
  content,
  metadata: undefined,
  filename,
  mediaType,
})

type Block = Record<string, unknown>
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** One MCP content block as an A2A part (the reverse of `partToContent`). */
export function contentToPart(block: Block): Part {
  switch (block.type) {
    case 'text':
      return part({ $case: 'text', value: str(block.text) }, 'text/plain')
    case 'image':
    case 'audio':
      return part(
        { $case: 'raw', value: Buffer.from(str(block.data), 'base64') },
        str(block.mimeType),
      )
    case 'resource_link':
      return part({ $case: 'url', value: str(block.uri) }, str(block.mimeType), str(block.name))
    case 'resource': {
      const resource = (block.resource ?? {}) as Block
      return typeof resource.blob === 'string'
        ? part(
            { $case: 'raw', value: Buffer.from(resource.blob, 'base64') },
            str(resource.mimeType),
          )
        : part({ $case: 'text', value: str(resource.text) }, str(resource.mimeType))
    }
    default:
      return part({ $case: 'data', value: block })
  }
}

/** A tool result as artifact parts: its content, then its structuredContent as a data part. */
export function resultParts(result: ToolResult): Part[] {
  const parts = (result.content ?? []).map((block) => contentToPart(block))
  if (result.structuredContent) parts.push(part({ $case: 'data', value: result.structuredContent }))
  return parts
}

/** The text of a tool result's text blocks, joined by newlines. */
export function resultText(result: ToolResult): string {
  return (result.content ?? [])
    .flatMap((block) => (block.type === 'text' ? [str(block.text)] : []))
    .join('\n')
}
