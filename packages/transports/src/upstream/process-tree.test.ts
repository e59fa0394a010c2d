import { spawn } from 'node:child_process'
import { setTimeout as delay } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { isAlive, listDescendants, terminateProcessTree } from './process-tree.js'

const grandchildScript = [
  "const { spawn } = require('node:child_process')",
  "const args = ['-e', 'setInterval(() => {}, 1000)']",
  "const child = spawn(process.execPath, args, { stdio: 'ignore' })",
  "process.stdout.write(String(child.pid) + '\\n')",
  'setInterval(() => {}, 1000)',
].join('\n')

describe('process trees', () => {
  it('finds a grandchild and ends the whole tree', async () => {
    const parent = spawn(process.execPath, ['-e', grandchildScript], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    const line = await new Promise<string>((resolve) =>
      parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    )
    const grandchild = Number(line.trim())
    const pid = parent.pid ?? 0
    expect(listDescendants(pid)).toContain(grandchild)
    expect(listDescendants(process.pid)).toContain(pid)
    await terminateProcessTree(pid)
    await delay(20)
    expect(isAlive(pid)).toBe(false)
    expect(isAlive(grandchild)).toBe(false)
  })

  it('does nothing for a process that is already gone', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    await new Promise((resolve) => child.once('exit', resolve))
    await expect(terminateProcessTree(child.pid ?? 0)).resolves.toBeUndefined()
    expect(listDescendants(child.pid ?? 0)).toEqual([])
  })
})
