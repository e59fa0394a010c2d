/** What went wrong, for a {@link TranslateError}. */
export type TranslateErrorCode =
  'BAD_OPTION' | 'COMMAND_FAILED' | 'LISTEN_FAILED' | 'CONNECT_FAILED'

/** A bridge could not start; `message` is one line meant for the user. */
export class TranslateError extends Error {
  readonly code: TranslateErrorCode

  constructor(code: TranslateErrorCode, message: string) {
    super(message)
    this.name = 'TranslateError'
    this.code = code
  }
}
