import type { ListTasksRequest, ListTasksResponse, Task } from '@a2a-js/sdk'
import type { OwnerResolver, ServerCallContext, TaskStore } from '@a2a-js/sdk/server'

/** How many tasks an agent face keeps unless told otherwise. */
export const MAX_KEPT_TASKS = 10_000

const stamp = (task: Task) => task.status?.timestamp ?? ''

/**
 * Tasks in memory, kept apart by tenant and owner, and at most `limit` of them: each save moves a
 * task to the back, and the task saved least recently is forgotten first (the SDK's
 * `InMemoryTaskStore` keeps every task for as long as the process lives).
 */
export class BoundedTaskStore implements TaskStore {
  readonly #owner: OwnerResolver
  readonly #limit: number
  /** Every task by scope and id, least recently saved first. */
  readonly #tasks = new Map<string, { scope: string; task: Task }>()

  constructor(owner: OwnerResolver, limit = MAX_KEPT_TASKS) {
    this.#owner = owner
    this.#limit = limit
  }

  #scope(context: ServerCallContext): string {
    return JSON.stringify([context.tenant ?? '', this.#owner(context)])
  }

  save(task: Task, context: ServerCallContext): Promise<void> {
    const scope = this.#scope(context)
    const key = `${scope}\n${task.id}`
    this.#tasks.delete(key)
    this.#tasks.set(key, { scope, task: structuredClone(task) })
    for (const oldest of this.#tasks.keys()) {
      if (this.#tasks.size <= this.#limit) break
      this.#tasks.delete(oldest)
    }
    return Promise.resolve()
  }

  load(taskId: string, context: ServerCallContext): Promise<Task | undefined> {
    const kept = this.#tasks.get(`${this.#scope(context)}\n${taskId}`)
    return Promise.resolve(kept && structuredClone(kept.task))
  }

  /** The caller's tasks, newest status first, filtered and paged as `ListTasks` asks. */
  list(params: ListTasksRequest, context: ServerCallContext): Promise<ListTasksResponse> {
    const scope = this.#scope(context)
    const after = params.statusTimestampAfter ? Date.parse(params.statusTimestampAfter) : NaN
    const tasks = [...this.#tasks.values()]
      .flatMap((kept) => (kept.scope === scope ? [kept.task] : []))
      .filter(
        (task) =>
          (!params.contextId || task.contextId === params.contextId) &&
          (!params.status || task.status?.state === params.status) &&
          (Number.isNaN(after) || Date.parse(stamp(task)) > after),
      )
      .sort((a, b) => stamp(b).localeCompare(stamp(a)) || b.id.localeCompare(a.id))
    // a page token is the id of the last task of the page before
    const start = params.pageToken ? tasks.findIndex((t) => t.id === params.pageToken) + 1 : 0
    const rest = start > 0 || !params.pageToken ? tasks.slice(start) : []
    const pageSize = params.pageSize ?? 50
    const page = rest.slice(0, pageSize).map((task) => {
      const copy = structuredClone(task)
      if (!params.includeArtifacts) copy.artifacts = []
      return copy
    })
    return Promise.resolve({
      tasks: page,
      nextPageToken: rest.length > pageSize ? (page.at(-1)?.id ?? '') : '',
      pageSize,
      totalSize: tasks.length,
    })
  }
}
