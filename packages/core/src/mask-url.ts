import { SECRET_MASK } from './schemas/common.js'

const secretParams = /^(password|pass|pwd|secret|token|access_token|api_key|apikey)$/i

/** Replaces the password (and password-like query parameters) of a URL with `*****`. */
export function maskUrlPassword(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return value.replace(/\/\/([^/@:]*):[^/@]*@/, `//$1:${SECRET_MASK}@`)
  }
  let masked = false
  if (url.password !== '') {
    url.password = SECRET_MASK
    masked = true
  }
  for (const name of [...url.searchParams.keys()]) {
    if (secretParams.test(name)) {
      url.searchParams.set(name, SECRET_MASK)
      masked = true
    }
  }
  return masked ? url.toString() : value
}
