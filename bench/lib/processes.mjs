// What a benchmark reads of its processes from /proc (Linux): resident memory and process trees.
import { readdirSync, readFileSync } from 'node:fs'

/** VmRSS of a process in MB (0 when it is gone). */
export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/** A process and all its live descendants. */
export function tree(pid) {
  const parents = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (fields[0] !== 'Z') parents.set(Number(entry), Number(fields[1]))
    } catch {
      // gone
    }
  }
  const found = [pid]
  for (let i = 0; i < found.length; i++) {
    for (const [child, parent] of parents) if (parent === found[i]) found.push(child)
  }
  return found
}

/** The RSS of a process and its descendants, in MB. */
export const treeRss = (pid) => tree(pid).reduce((sum, one) => sum + rssMb(one), 0)
