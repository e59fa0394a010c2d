import { Artifact, Message, type Part } from '@a2a-js/sdk'
import type { AgentReply } from './agent-client.js'
import { messageText } from './message-text.js'

/** An MCP content block. */
export type ContentBlock = Record<string, unknown> & { type: string }

/** An MCP tool result. */
export interface ToolResult {
  [key: string]: unknown
  content: ContentBlock[]
  structuredContent?: Record<string, unknown>
  isError?: boolean
}

const FAILED = new Set(['failed', 'rejected', 'canceled'])

/** One A2A part as MCP content: text as text, data as JSON text, files as image, audio, resource or link. */
export function partToContent(part: Part): ContentBlock | undefined {
  const content = part.content
  const mimeType = part.mediaType || undefined
  switch (content?.$case) {
    case 'text':
      return { type: 'text', text: content.value }
    case 'data':
      return { type: 'text', text: JSON.stringify(content.value) }
    case 'url':
      return {
        type: 'resource_link',
        uri: content.value,
        name: part.filename || content.value,
        ...(mimeType && { mimeType }),
      }
    case 'raw': {
      const data = Buffer.from(content.value).toString('base64')
      if (mimeType?.startsWith('image/')) return { type: 'image', data, mimeType }
      if (mimeType?.startsWith('audio/')) return { type: 'audio', data, mimeType }
      return {
        type: 'resource',
        resource: {
          uri: `attachment:${encodeURIComponent(part.filename || 'file')}`,
          blob: data,
          mimeType: mimeType ?? 'application/octet-stream',
        },
      }
    }
    default:
      return undefined
  }
}

/**
 * An agent's reply as an MCP tool result: the reply's parts (message, then artifacts) as content;
 * kind, state, ids, artifacts and message in A2A's JSON form as structuredContent. A task that
 * failed, was rejected or was canceled is an error result carrying the agent's message.
 */
export function toToolResult(reply: AgentReply): ToolResult {
  const parts = [...(reply.message?.parts ?? []), ...reply.artifacts.flatMap((a) => a.parts)]
  const content = parts.flatMap((part) => partToContent(part) ?? [])
  const isError = FAILED.has(reply.state)
  if (isError && !messageText(reply.message)) {
    content.unshift({ type: 'text', text: `the agent's task ended ${reply.state}` })
  }
  return {
    content,
    structuredContent: {
      kind: reply.kind,
      state: reply.state,
      ...(reply.taskId !== null && { taskId: reply.taskId }),
      ...(reply.contextId !== null && { contextId: reply.contextId }),
      ...(reply.message && { message: Message.toJSON(reply.message) }),
      artifacts: reply.artifacts.map((artifact) => Artifact.toJSON(artifact)),
    },
    ...(isError && { isError: true }),
  }
}
