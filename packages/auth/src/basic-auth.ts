import { createHash, timingSafeEqual } from 'node:crypto'

/** A username and password pair from an HTTP Basic `Authorization` header. */
export interface BasicCredentials {
  username: string
  password: string
}

const header = /^basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i
const decoder = new TextDecoder('utf-8', { fatal: true })

/** Parses `Basic <base64(user:pass)>`; undefined when the header is absent or not valid Basic. */
export function parseBasicAuthorization(
  headerValue: string | null | undefined,
): BasicCredentials | undefined {
  if (typeof headerValue !== 'string') return undefined
  const encoded = header.exec(headerValue)?.[1]
  if (encoded === undefined || encoded.length % 4 !== 0) return undefined
  let decoded: string
  try {
    decoded = decoder.decode(Buffer.from(encoded, 'base64'))
  } catch {
    return undefined
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

/** Compares credentials in constant time, whatever their lengths and wherever they differ. */
export function checkBasicCredentials(
  given: BasicCredentials,
  expected: BasicCredentials,
): boolean {
  const username = safeEqual(given.username, expected.username)
  const password = safeEqual(given.password, expected.password)
  return username && password
}

function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b))
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}
