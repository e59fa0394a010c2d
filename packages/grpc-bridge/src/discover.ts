import { loadDescriptorSet } from './descriptors.js'
import { reflect, type ReflectOptions, type SkippedService } from './reflection.js'
import { toolDefinitions, type GrpcToolDefinition } from './tools.js'

/** What {@link discover} found: the services, their descriptors and one tool per method. */
export interface GrpcDiscovery {
  services: string[]
  /** An encoded FileDescriptorSet: keep it to call the target later without reflecting again. */
  descriptorSet: Uint8Array
  tools: GrpcToolDefinition[]
  /** Services the server lists but could not describe, with why: they have no tools. */
  skipped: SkippedService[]
}

/** Discovers a target through server reflection and describes its methods as tools. */
export async function discover(options: ReflectOptions): Promise<GrpcDiscovery> {
  const { services, descriptorSet, skipped } = await reflect(options)
  const tools = toolDefinitions(loadDescriptorSet(descriptorSet, services))
  return { services, descriptorSet, tools, skipped }
}
