const DOT_SEGMENT = /(?:^|[/\\])\.{1,2}(?:[/\\?#]|$)/

/**
 * Whether a URI has `.` or `..` path segments, also when they are percent-encoded (`%2e%2e%2f`),
 * double-encoded (`%252e`) or written with backslashes: a path traversal attempt.
 */
export function hasDotSegments(uri: string): boolean {
  let text = uri
  for (let round = 0; round < 4; round++) {
    if (DOT_SEGMENT.test(text)) return true
    const next = text
      .replace(/%2e/gi, '.')
      .replace(/%2f/gi, '/')
      .replace(/%5c/gi, '\\')
      .replace(/%25/g, '%')
    if (next === text) return false
    text = next
  }
  return true
}
