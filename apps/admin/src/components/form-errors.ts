import { useState } from 'react'
import { ApiError, messageOf } from '../api/errors'

/** Client-side checks' messages by field name. */
export type Problems = Record<string, string | undefined>

/** Field errors for a form: its own checks first, then the server's answer to the submit. */
export function useFormErrors(): {
  problems: Problems
  formError: string | undefined
  /** The message to show beside a field. */
  errorFor: (name: string) => string | undefined
  /** Runs the checks; true when the form may be submitted. */
  check: (problems: Problems) => boolean
  /** Shows a failed submit: field errors beside their fields, the rest above the form. */
  fail: (error: unknown) => void
} {
  const [problems, setProblems] = useState<Problems>({})
  const [serverError, setServerError] = useState<unknown>(undefined)
  const errorFor = (name: string): string | undefined =>
    problems[name] ?? (serverError instanceof ApiError ? serverError.forField(name) : undefined)
  return {
    problems,
    formError: serverError === undefined ? undefined : messageOf(serverError),
    errorFor,
    check(next) {
      setProblems(next)
      setServerError(undefined)
      return Object.values(next).every((message) => !message)
    },
    fail: setServerError,
  }
}
