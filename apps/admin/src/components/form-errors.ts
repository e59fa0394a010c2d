import { useRef, useState } from 'react'
import { ApiError, messageOf, type FieldError } from '../api/errors'

/** Client-side checks' messages by field name. */
export type Problems = Record<string, string | undefined>

/** A form's errors and submit state, from `useFormErrors`. */
export interface FormErrors {
  problems: Problems
  /** The message to show above the form (a failed submit's detail), if any. */
  formError: string | undefined
  /** True while a submit started by `run` is in flight. */
  busy: boolean
  /** Counts failed submits (a check or the server said no): a form moves focus when it changes. */
  failures: number
  /**
   * The message to show beside a field (with the server's errors of its parts, such as `url.host`,
   * unless `exact`); the field is then known to be on the form.
   */
  errorFor: (name: string, options?: { exact?: boolean }) => string | undefined
  /** The server's field errors for fields this form does not show (`errorFor` never asked). */
  unplaced: () => FieldError[]
  /**
   * What the summary above the form says: the failed submit's detail, or a pointer to the fields
   * when the server's field errors are all shown beside their fields.
   */
  summary: () => string | undefined
  /** Runs the checks; true when the form may be submitted. */
  check: (problems: Problems) => boolean
  /** Shows a failed submit: field errors beside their fields, the rest above the form. */
  fail: (error: unknown) => void
  /**
   * Checks the problems, then runs the submit with `busy` set; a failure is shown with `fail`.
   * Resolves true when the submit went through. A second call while one is busy does nothing.
   */
  run: (submit: () => Promise<unknown>, problems?: Problems) => Promise<boolean>
}

/** Field errors and busy state for a form: its own checks first, then the server's answer. */
export function useFormErrors(): FormErrors {
  const [problems, setProblems] = useState<Problems>({})
  const [serverError, setServerError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState(0)
  const inFlight = useRef(false)
  const shown = useRef(new Set<string>())
  const failed = (error: unknown): void => {
    setServerError(error)
    setFailures((count) => count + 1)
  }
  const check = (next: Problems): boolean => {
    setProblems(next)
    setServerError(undefined)
    const ok = Object.values(next).every((message) => !message)
    if (!ok) setFailures((count) => count + 1)
    return ok
  }
  const unplaced = (): FieldError[] =>
    serverError instanceof ApiError
      ? serverError.fieldErrors.filter(
          (error) => !shown.current.has(error.path.split('.')[0] ?? error.path),
        )
      : []
  return {
    problems,
    formError: serverError === undefined ? undefined : messageOf(serverError),
    busy,
    failures,
    errorFor(name, options) {
      shown.current.add(name)
      return (
        problems[name] ??
        (serverError instanceof ApiError ? serverError.forField(name, options) : undefined)
      )
    },
    unplaced,
    summary() {
      if (!(serverError instanceof ApiError) || serverError.fieldErrors.length === 0)
        return serverError === undefined ? undefined : messageOf(serverError)
      return unplaced().length === 0
        ? 'The server refused some fields: see the messages beside them.'
        : 'The server refused some fields:'
    },
    check,
    fail: failed,
    async run(submit, next = {}) {
      if (inFlight.current || !check(next)) return false
      inFlight.current = true
      setBusy(true)
      try {
        await submit()
        return true
      } catch (error) {
        failed(error)
        return false
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
  }
}
