import { TaskState } from '@a2a-js/sdk'

/** A task's state as Switchyard reports it: A2A's state names in kebab case, as in A2A 0.3. */
export type TaskStateName =
  | 'submitted'
  | 'working'
  | 'completed'
  | 'failed'
  | 'canceled'
  | 'input-required'
  | 'rejected'
  | 'auth-required'
  | 'unknown'

const NAMES: Partial<Record<TaskState, TaskStateName>> = {
  [TaskState.TASK_STATE_SUBMITTED]: 'submitted',
  [TaskState.TASK_STATE_WORKING]: 'working',
  [TaskState.TASK_STATE_COMPLETED]: 'completed',
  [TaskState.TASK_STATE_FAILED]: 'failed',
  [TaskState.TASK_STATE_CANCELED]: 'canceled',
  [TaskState.TASK_STATE_INPUT_REQUIRED]: 'input-required',
  [TaskState.TASK_STATE_REJECTED]: 'rejected',
  [TaskState.TASK_STATE_AUTH_REQUIRED]: 'auth-required',
}

/** The name of an SDK task state. */
export function taskStateName(state: TaskState | undefined): TaskStateName {
  return (state !== undefined && NAMES[state]) || 'unknown'
}

/** States after which a task takes no more input. */
export const TERMINAL_STATES: ReadonlySet<TaskStateName> = new Set([
  'completed',
  'failed',
  'canceled',
  'rejected',
])
