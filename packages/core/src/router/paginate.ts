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

/**
 * paginate with memory: a listing's pages (at multiples of the page size) are built once and the
 * same object is answered each time, which lets the MCP face reuse its JSON encoding. For
 * listings that do not change (a backend's, fixed per catalog snapshot); other offsets are built
 * afresh, so that cursors cannot grow the memo.
 */
export function createPager(
  pageSize = MCP_PAGE_SIZE,
): (key: string, items: readonly unknown[], cursor: unknown) => Record<string, unknown> {
  const pages = new Map<string, Record<string, unknown>>()
  return (key, items, cursor) => {
    const start =
      cursor === undefined
        ? 0
        : typeof cursor === 'string'
          ? Number(Buffer.from(cursor, 'base64url').toString('utf8'))
          : NaN
    const memo = Number.isSafeInteger(start) && start % pageSize === 0 ? `${key}:${start}` : ''
    const known = memo === '' ? undefined : pages.get(memo)
    if (known !== undefined) return known
    const page = paginate(key, items, cursor, pageSize)
    if (memo !== '') pages.set(memo, page)
    return page
  }
}
