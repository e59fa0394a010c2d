import { invalidInput, isGatewayError, type FieldIssue } from '@switchyard/core'

/**
 * Awaits the lookup of something a request's body or query names: its 404 becomes a 422 with
 * `issue`, since a field naming what does not exist is bad input (404 is for the URL's path).
 */
export async function referenced<T>(lookup: Promise<T>, issue: FieldIssue): Promise<T> {
  try {
    return await lookup
  } catch (error) {
    if (isGatewayError(error) && error.code === 'NOT_FOUND') throw invalidInput([issue])
    throw error
  }
}
