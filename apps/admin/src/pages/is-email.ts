/** Whether the text looks like an e-mail address (something@somewhere; the server checks the rest). */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text)
}
