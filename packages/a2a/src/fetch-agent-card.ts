import type { AgentCard } from '@a2a-js/sdk'
import { A2aError, isA2aError } from './a2a-error.js'
import { parseAgentCard } from './agent-card.js'
import { selectInterface, type AgentEndpoint } from './select-interface.js'
import { cappedFetch } from './capped-fetch.js'

/** Where the card lives below an agent's base URL. */
export const AGENT_CARD_PATH = '/.well-known/agent-card.json'

/** How to fetch an agent card. */
export interface FetchAgentCardOptions {
  /** Headers sent with the request (the agent's credentials). */
  headers?: Record<string, string>
  /** Gives up after this long; default 10 s. */
  timeoutMs?: number
  signal?: AbortSignal
  fetch?: typeof fetch
}

/** What discovery found: the card (v1.0 model), the interface to call, and whether it streams. */
export interface DiscoveredAgent {
  card: AgentCard
  endpoint: AgentEndpoint
  streaming: boolean
}

/** The card's URL for a base URL; a URL that already ends in `.json` is taken as the card itself. */
export function agentCardUrl(baseUrl: string): string {
  const url = new URL(baseUrl)
  if (url.pathname.endsWith('.json')) return url.href
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${AGENT_CARD_PATH}`
  return url.href
}

/**
 * Reads an agent's card from `{baseUrl}/.well-known/agent-card.json`, checks it and picks the
 * interface to call. Throws an A2aError: `UNREACHABLE`, `TIMEOUT`, `INVALID_CARD` (naming the field)
 * or `UNSUPPORTED_INTERFACE`.
 */
export async function fetchAgentCard(
  baseUrl: string,
  options: FetchAgentCardOptions = {},
): Promise<DiscoveredAgent> {
  const url = agentCardUrl(baseUrl)
  const timeoutMs = options.timeoutMs ?? 10_000
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])]
  let response: Response
  try {
    response = await cappedFetch(options.fetch ?? fetch)(url, {
      headers: { accept: 'application/json', 'A2A-Version': '1.0', ...options.headers },
      signal: AbortSignal.any(signals),
    })
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new A2aError('TIMEOUT', `no agent card from ${url} within ${timeoutMs} ms`)
    }
    const reason =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error)
    throw new A2aError('UNREACHABLE', `the agent at ${url} could not be reached: ${reason}`, {
      cause: error,
    })
  }
  if (!response.ok) {
    throw new A2aError('UNREACHABLE', `the agent card at ${url} answered HTTP ${response.status}`)
  }
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (isA2aError(error)) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new A2aError('INVALID_CARD', `the agent card at ${url} could not be read: ${reason}`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new A2aError('INVALID_CARD', `the agent card at ${url} is not JSON`)
  }
  const card = parseAgentCard(raw)
  return {
    card,
    endpoint: selectInterface(card),
    streaming: card.capabilities?.streaming === true,
  }
}
