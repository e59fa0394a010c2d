import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'

/** The ids of every live descendant of a process (children, grandchildren, ...). */
export function listDescendants(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const [child, parent] of listParents()) {
    const siblings = children.get(parent)
    if (siblings === undefined) children.set(parent, [child])
    else siblings.push(child)
  }
  const found: number[] = []
  const queue = [pid]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (found.includes(child)) continue
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

/** Whether a process exists and has not exited (a zombie counts as exited). */
export function isAlive(pid: number): boolean {
  if (process.platform === 'linux') {
    const stat = readStat(pid)
    return stat !== undefined && stat.state !== 'Z'
  }
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Ends a process and all its descendants: SIGTERM first, SIGKILL for survivors after `graceMs`. */
export async function terminateProcessTree(pid: number, graceMs = 2000): Promise<void> {
  if (process.platform === 'win32') {
    try {
      execFileSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' })
    } catch {
      return
    }
    return
  }
  const tree = [pid, ...listDescendants(pid)]
  signalAll(tree, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (tree.some(isAlive)) {
    if (Date.now() >= deadline) {
      signalAll(tree.filter(isAlive), 'SIGKILL')
      return
    }
    await delay(25)
  }
}

function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal)
    } catch {
      continue
    }
  }
}

function listParents(): [number, number][] {
  if (process.platform === 'linux') {
    const pairs: [number, number][] = []
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry)
      if (!Number.isInteger(pid)) continue
      const stat = readStat(pid)
      if (stat !== undefined && stat.state !== 'Z') pairs.push([pid, stat.ppid])
    }
    return pairs
  }
  try {
    return execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isInteger))
  } catch {
    return []
  }
}

function readStat(pid: number): { state: string; ppid: number } | undefined {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  const state = fields[0]
  const ppid = Number(fields[1])
  return state === undefined || !Number.isInteger(ppid) ? undefined : { state, ppid }
}
