const CSRF_COOKIE = 'switchyard_csrf'

/**
 * The signed-in session: the gateway keeps the session JWT in an HttpOnly cookie set by
 * `POST /auth/login`, next to a readable CSRF cookie whose value every unsafe request echoes in
 * `X-CSRF-Token`. The CSRF cookie being present is what "signed in" means here.
 */
export const session = {
  csrf: (): string | null => {
    const found = document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`))
    return found ? decodeURIComponent(found.slice(CSRF_COOKIE.length + 1)) : null
  },
  active: (): boolean => session.csrf() !== null,
  /** Forgets the session here (the server's logout clears both cookies). */
  clear: (): void => {
    document.cookie = `${CSRF_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`
  },
}
