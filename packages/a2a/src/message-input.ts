import { randomUUID } from 'node:crypto'
import { Role, type Message, type Part } from '@a2a-js/sdk'
import { z } from 'zod'
import { A2aError } from './a2a-error.js'
import { issueText } from './issue-text.js'

/** A file sent to an agent: by URL, or inline as base64 bytes. */
export const FileInputSchema = z
  .object({
    uri: z.string().min(1).optional(),
    bytes: z.base64('must be base64').optional(),
    name: z.string().optional(),
    mimeType: z.string().optional(),
  })
  .refine((file) => (file.uri === undefined) !== (file.bytes === undefined), {
    message: 'a file needs exactly one of uri or bytes',
  })

/** What an agent's tool takes: a message (text, data parts, files) and the ids of a conversation to continue. */
export const MessageInputSchema = z.object({
  message: z.string(),
  data: z.array(z.record(z.string(), z.unknown())).optional(),
  files: z.array(FileInputSchema).optional(),
  contextId: z.string().min(1).optional(),
  taskId: z.string().min(1).optional(),
})
export type MessageInput = z.infer<typeof MessageInputSchema>

/** The JSON Schema of {@link MessageInputSchema}: the input schema of an agent's tool. */
export const AGENT_TOOL_INPUT_SCHEMA: Record<string, unknown> = {
  type: 'object',
  properties: {
    message: { type: 'string', description: 'The text to send to the agent' },
    data: {
      type: 'array',
      description: 'Structured data parts sent with the text',
      items: { type: 'object' },
    },
    files: {
      type: 'array',
      description: 'Files sent with the text: each by uri, or inline as base64 bytes',
      items: {
        type: 'object',
        properties: {
          uri: { type: 'string' },
          bytes: { type: 'string', contentEncoding: 'base64' },
          name: { type: 'string' },
          mimeType: { type: 'string' },
        },
      },
    },
    contextId: { type: 'string', description: 'Continue this conversation' },
    taskId: { type: 'string', description: 'Continue this task (one that asked for input)' },
  },
  required: ['message'],
}

const part = (
  content: Part['content'],
  file: { name?: string | undefined; mimeType?: string | undefined } = {},
): Part => ({
  content,
  metadata: undefined,
  filename: file.name ?? '',
  mediaType: file.mimeType ?? '',
})

/** Checks a tool's arguments and builds the user message; throws `INVALID_INPUT` naming the field. */
export function toAgentMessage(args: unknown): Message {
  const checked = MessageInputSchema.safeParse(args, { error: issueText })
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const field = issue?.path.map(String).join('.') ?? ''
    throw new A2aError('INVALID_INPUT', `${field || 'input'}: ${issue?.message ?? 'invalid'}`, {
      field,
    })
  }
  const input = checked.data
  const parts: Part[] = [part({ $case: 'text', value: input.message })]
  for (const value of input.data ?? []) parts.push(part({ $case: 'data', value }))
  for (const file of input.files ?? []) {
    parts.push(
      part(
        file.uri !== undefined
          ? { $case: 'url', value: file.uri }
          : { $case: 'raw', value: Buffer.from(file.bytes ?? '', 'base64') },
        file,
      ),
    )
  }
  return {
    messageId: randomUUID(),
    contextId: input.contextId ?? '',
    taskId: input.taskId ?? '',
    role: Role.ROLE_USER,
    parts,
    metadata: undefined,
    extensions: [],
    referenceTaskIds: [],
  }
}
