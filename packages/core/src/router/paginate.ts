import { McpFaceError } from '@switchyard/transports'

/** Items per page of a merged MCP list. */
export const MCP_PAGE_SIZE = 1000

/** One page of a list as MCP answers it: `{ [key]: items, nextCursor? }`; 400 (-32602) for a bad cursor. */
export function paginate<T>(
  key: string,
  items: readonly T[],
  cursor: unknown,
  pageSize = MCP_PAGE_SIZE,
): Record<string, unknown> {
  let start = 0
  if (cursor !== undefined) {
    const offset =
      typeof cursor === 'string' ? Number(Buffer.from(cursor, 'base64url').toString('utf8')) : NaN
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > items.length) {
      throw new McpFaceError(-32602, 'invalid cursor: not one this server issued')
    }
    start = offset
  }
  const end = start + pageSize
  return {
    [key]: items.slice(start, end),
    ...(end < items.length && { nextCursor: Buffer.from(String(end)).toString('base64url') }),
  }
}
