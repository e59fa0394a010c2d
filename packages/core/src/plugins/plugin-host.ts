import type { PluginEntry, RegistrationPayload } from './plugin.js'
import { createPluginChain, type PluginChain, type PluginChainOptions } from './plugin-chain.js'

/** Every configured plugin, scoped into one chain per virtual server. */
export interface PluginHost {
  /** The configured entries, disabled ones included, in order. */
  readonly entries: readonly PluginEntry[]
  /**
   * The chain for calls through a virtual server, or through `/mcp` and REST (null: global plugins
   * only); undefined when no enabled plugin applies, so that a call without plugins does no work.
   */
  forServer(serverId: string | null): PluginChain | undefined
  /** Runs the onRegistration hooks of the global plugins. */
  registration(payload: RegistrationPayload, principalEmail: string | null): Promise<void>
  /** Closes every plugin that has a `close`. */
  close(): Promise<void>
}

/** Creates the host of the given entries (in configuration order). */
export function createPluginHost(
  entries: readonly PluginEntry[],
  options: PluginChainOptions = {},
): PluginHost {
  const enabled = entries.filter((entry) => entry.mode !== 'disabled')
  const chains = new Map<string | null, PluginChain | undefined>()
  const forServer = (serverId: string | null): PluginChain | undefined => {
    if (chains.has(serverId)) return chains.get(serverId)
    const scoped = enabled.filter(
      (entry) => entry.servers === null || (serverId !== null && entry.servers.includes(serverId)),
    )
    const chain = scoped.length > 0 ? createPluginChain(scoped, options) : undefined
    if (chains.size < 4096) chains.set(serverId, chain)
    return chain
  }
  return {
    entries,
    forServer,
    registration: (payload, principalEmail) =>
      forServer(null)?.registration(payload, principalEmail) ?? Promise.resolve(),
    async close() {
      await Promise.allSettled(entries.map(async (entry) => entry.plugin.close?.()))
    },
  }
}
