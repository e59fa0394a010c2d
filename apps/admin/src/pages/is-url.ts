/** Whether the text parses as an absolute URL (the server checks the scheme and the rest). */
export function isUrl(text: string): boolean {
  try {
    new URL(text)
    return true
  } catch {
    return false
  }
}
