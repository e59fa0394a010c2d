import { createContext, Script, type Context } from 'node:vm'

let sandbox: { script: Script; context: Context } | undefined

/**
 * Runs a synchronous task, such as a regular expression scan, and interrupts it after `ms` (V8
 * terminates it, as node:vm does for a script's timeout): the task's value, or undefined when it
 * took too long. Costs a watchdog thread per call, so keep it for work that may be long.
 */
export function runWithin<T>(ms: number, task: () => T): { value: T } | undefined {
  sandbox ??= { script: new Script('task()'), context: createContext({}) }
  const { script, context } = sandbox
  context.task = task
  try {
    return { value: script.runInContext(context, { timeout: ms }) as T }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined
    throw error
  } finally {
    context.task = undefined
  }
}
