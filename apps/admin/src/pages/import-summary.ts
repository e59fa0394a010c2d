import { countOf } from '../components/count-of'

/** Each kind of an export's entities (`ExportKind`) as a noun. */
const nouns: Record<string, string> = {
  teams: 'team',
  teamMembers: 'team member',
  roles: 'role',
  roleAssignments: 'role assignment',
  gateways: 'gateway',
  grpcServices: 'gRPC service',
  a2aAgents: 'A2A agent',
  tools: 'tool',
  resources: 'resource',
  prompts: 'prompt',
  servers: 'virtual server',
  roots: 'root',
}

/** An export kind as a noun ('gRPC service' for grpcServices); a kind not known here as it is. */
export const kindNoun = (kind: string): string => nouns[kind] ?? kind

/** One line of an import report's counts in words: "1 team, 2 gRPC services" or "nothing". */
export function importCounts(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => (nouns[kind] ? countOf(count, kindNoun(kind)) : `${count} ${kind}`))
      .join(', ') || 'nothing'
  )
}
