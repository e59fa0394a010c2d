import { policyLookup, type UrlPolicy } from '@switchyard/core'
import type { Agent, fetch as undiciFetch } from 'undici'

/** A `fetch` whose every connection (redirect hops included) passes the outbound URL policy. */
export interface PolicyFetch {
  fetch: typeof fetch
  /** Closes the pooled connections. */
  close(): Promise<void>
}

/**
 * Builds a policy-checked `fetch` over an undici Agent: the host of each new connection is checked
 * by name (which covers literal addresses) and each address it resolves to is checked before the
 * socket connects, so redirects and DNS rebinding cannot reach a denied address. A refusal is the
 * fetch error's cause (core's `outboundRefusal` finds it).
 */
export function createPolicyFetch(policy: UrlPolicy): PolicyFetch {
  // undici is loaded on the first request: most gateways never make one (it adds ~0.1 s to a start).
  let loaded: Promise<{ agent: Agent; send: typeof undiciFetch }> | undefined
  const load = () =>
    (loaded ??= import('undici').then(({ Agent, buildConnector, fetch }) => {
      const connector = buildConnector({ lookup: policyLookup(policy) })
      const agent = new Agent({
        connect(options, callback) {
          const { hostname } = options
          const host =
            hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname
          try {
            policy.check(`${options.protocol}//${host}`)
          } catch (error) {
            callback(error as Error, null)
            return
          }
          connector(options, callback)
        },
      })
      return { agent, send: fetch }
    }))
  const guarded = async (input: string | URL | Request, init?: RequestInit) => {
    const { agent, send } = await load()
    return send(
      input as Parameters<typeof undiciFetch>[0],
      { ...init, dispatcher: agent } as Parameters<typeof undiciFetch>[1],
    )
  }
  return {
    fetch: guarded,
    close: async () => {
      if (loaded) await (await loaded).agent.close()
    },
  }
}
