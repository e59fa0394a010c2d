import { ApiError, type FieldError } from './errors'
import { session } from './session'

type Query = Record<string, string | number | boolean | undefined>

let onUnauthenticated: () => void = () => {}

/** What to do when the server says the session is no longer valid (the app returns to login). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') params.set(key, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    detail?: string
    code?: string
    errors?: FieldError[]
  } | null
  return new ApiError(
    response.status,
    body?.code ?? 'HTTP_ERROR',
    body?.detail ?? `${response.status} ${response.statusText}`,
    body?.errors ?? [],
  )
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** What a call that got no answer (the gateway stopped, the network down) fails with. */
const unreachable = (): ApiError =>
  new ApiError(
    0,
    'UNREACHABLE',
    'the gateway did not answer: check that it is running and reachable, then try again',
  )

/**
 * The one place the SPA talks to the gateway: same origin, JSON in and out, the session cookie sent
 * by the browser and the CSRF token echoed on unsafe methods. A 401 on an authenticated call ends
 * the session and calls the handler; no answer at all fails with status 0.
 */
export async function request<T>(
  method: string,
  path: string,
  options: { body?: unknown; query?: Query; anonymous?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  const csrf = session.csrf()
  if (csrf && !SAFE.has(method.toUpperCase())) headers['x-csrf-token'] = csrf
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(urlOf(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  }).catch(() => {
    throw unreachable()
  })
  if (!response.ok) {
    const error = await failure(response)
    if (response.status === 401 && !options.anonymous) {
      session.clear()
      onUnauthenticated()
    }
    throw error
  }
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}
