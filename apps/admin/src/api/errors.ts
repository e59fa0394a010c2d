/** One problem with one input field, as the REST API reports it (`errors[]`). */
export interface FieldError {
  path: string
  message: string
}

/**
 * A failed API call: the server's `{ detail, code, errors }` with the HTTP status (0 when the
 * gateway did not answer).
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fieldErrors: readonly FieldError[]

  constructor(
    status: number,
    code: string,
    detail: string,
    fieldErrors: readonly FieldError[] = [],
  ) {
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.fieldErrors = fieldErrors
  }

  /**
   * The messages for one field: its path and those under it ('url' for 'url' and 'url.host'), or
   * with `exact` its path alone.
   */
  forField(name: string, { exact = false }: { exact?: boolean } = {}): string | undefined {
    const messages = this.fieldErrors
      .filter((error) => error.path === name || (!exact && error.path.startsWith(`${name}.`)))
      .map((error) => error.message)
    return messages.length > 0 ? [...new Set(messages)].join('; ') : undefined
  }
}

/**
 * The message to show for any failure, as a sentence: with an upper-case first letter (the
 * server's details start in lower case, as in 'wrong e-mail or password').
 */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.charAt(0).toUpperCase() + message.slice(1)
}
