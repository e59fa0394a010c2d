import protobuf from 'protobufjs'
import { typeName } from './json-names.js'

/** Past this many fields written out in place, messages used more than once go under `$defs`. */
export const MAX_INLINE_FIELDS = 1000

/**
 * The messages a schema of `root` describes once under `$defs`: those that can contain themselves,
 * and, when writing the others out wherever they are used would take more than
 * {@link MAX_INLINE_FIELDS} fields, every message used in more than one place (so the schema grows
 * with the number of messages, not the number of paths through them). `leaf` messages (well-known
 * types with a JSON form of their own) are not followed.
 */
export function definedTypes(
  root: protobuf.Type,
  leaf: (type: protobuf.Type) => boolean,
): Set<string> {
  const edges = new Map<protobuf.Type, protobuf.Type[]>()
  const visit = (type: protobuf.Type) => {
    if (edges.has(type)) return
    const next = type.fieldsArray.flatMap((field) => {
      field.resolve()
      const child = field.resolvedType
      return child instanceof protobuf.Type && !leaf(child) ? [child] : []
    })
    edges.set(type, next)
    next.forEach(visit)
  }
  visit(root)
  const recursive = new Set([...edges.keys()].filter((type) => reachesItself(type, edges)))
  // Without the recursive messages (each written once) what is left has no cycle.
  const fields = new Map<protobuf.Type, number>()
  const inline = (type: protobuf.Type): number => {
    let count = fields.get(type)
    if (count === undefined) {
      count = type.fieldsArray.length
      for (const child of edges.get(type)!) if (!recursive.has(child)) count += inline(child)
      fields.set(type, count)
    }
    return count
  }
  const total = [root, ...recursive].reduce((sum, type) => sum + inline(type), 0)
  const defined = new Set([...recursive].map(typeName))
  if (total <= MAX_INLINE_FIELDS) return defined
  const uses = new Map<protobuf.Type, number>()
  for (const next of edges.values())
    for (const child of next) uses.set(child, (uses.get(child) ?? 0) + 1)
  for (const [type, count] of uses) if (count > 1 && type !== root) defined.add(typeName(type))
  return defined
}

/** Whether a message can contain itself, through its own fields or those of the messages in it. */
function reachesItself(start: protobuf.Type, edges: ReadonlyMap<protobuf.Type, protobuf.Type[]>) {
  const seen = new Set<protobuf.Type>()
  const pending = [...edges.get(start)!]
  for (let type = pending.pop(); type; type = pending.pop()) {
    if (type === start) return true
    if (seen.has(type)) continue
    seen.add(type)
    pending.push(...edges.get(type)!)
  }
  return false
}
