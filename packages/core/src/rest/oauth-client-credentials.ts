import { createHash } from 'node:crypto'
import { isGatewayError } from '../errors.js'
import type { OAuth2ClientCredentials } from '../schemas/common.js'
import type { HttpCaller } from './http-call.js'

/** Refresh this long before a token expires. */
const EARLY_MS = 30_000

/** Access tokens by client credentials: fetched once, shared by every call, refreshed before expiry. */
export interface TokenCache {
  /** A valid access token for these credentials; `fresh` forces a new one (after a 401). */
  token(credentials: OAuth2ClientCredentials, signal: AbortSignal, fresh?: boolean): Promise<string>
}

/** Creates the cache; tokens are fetched with the OAuth 2.0 client credentials grant (RFC 6749 4.4). */
export function createTokenCache(http: HttpCaller): TokenCache {
  const tokens = new Map<string, Promise<{ value: string; expiresAt: number }>>()

  async function fetchToken(credentials: OAuth2ClientCredentials, signal: AbortSignal) {
    const form = new URLSearchParams({ grant_type: 'client_credentials' })
    if (credentials.scope) form.set('scope', credentials.scope)
    if (credentials.audience) form.set('audience', credentials.audience)
    const basic = Buffer.from(
      `${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`,
    ).toString('base64')
    const answer = await http
      .send({
        method: 'POST',
        url: new URL(credentials.tokenUrl),
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form.toString(),
        signal,
      })
      .catch((error: unknown) => {
        // a policy refusal (or an oversized answer) names the token endpoint itself
        if (isGatewayError(error) || signal.aborted) throw error
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(
          `the token endpoint ${credentials.tokenUrl} could not be reached: ${reason}`,
        )
      })
    const text = answer.body.toString('utf8')
    let parsed: { access_token?: unknown; expires_in?: unknown } = {}
    try {
      parsed = JSON.parse(text) as typeof parsed
    } catch {
      // reported below
    }
    if (answer.status !== 200 || typeof parsed.access_token !== 'string') {
      throw new Error(
        `the token endpoint ${credentials.tokenUrl} answered HTTP ${answer.status}: ${text.slice(0, 200)}`,
      )
    }
    const lifetime = typeof parsed.expires_in === 'number' ? parsed.expires_in * 1000 : 3_600_000
    return { value: parsed.access_token, expiresAt: Date.now() + lifetime - EARLY_MS }
  }

  return {
    async token(credentials, signal, fresh = false) {
      // by the whole of the credentials: the same client id with another secret is another client
      const key = JSON.stringify([
        credentials.tokenUrl,
        credentials.clientId,
        createHash('sha256').update(credentials.clientSecret).digest('base64'),
        credentials.scope,
        credentials.audience,
      ])
      let entry = tokens.get(key)
      if (entry !== undefined && !fresh) {
        const token = await entry.catch(() => undefined)
        if (token !== undefined && token.expiresAt > Date.now()) return token.value
      }
      entry = fetchToken(credentials, signal)
      tokens.set(key, entry)
      const mine = entry
      mine.catch(() => {
        if (tokens.get(key) === mine) tokens.delete(key)
      })
      return (await entry).value
    },
  }
}
