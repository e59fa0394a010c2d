const KEY = 'switchyard.accessToken'

/** The signed-in session: a bearer JWT from `POST /auth/login`, kept for this browser tab only. */
export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  save: (token: string): void => sessionStorage.setItem(KEY, token),
  clear: (): void => sessionStorage.removeItem(KEY),
}
