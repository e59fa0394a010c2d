import { TaskState, type Task } from '@a2a-js/sdk'
import { ServerCallContext } from '@a2a-js/sdk/server'
import { describe, expect, it } from 'vitest'
import { BoundedTaskStore } from './bounded-task-store.js'

const as = (userName: string) =>
  new ServerCallContext({ user: { isAuthenticated: true, userName }, requestedVersion: '1.0' })
const task = (id: string, second: number, contextId = 'c1'): Task => ({
  id,
  contextId,
  status: {
    state: TaskState.TASK_STATE_COMPLETED,
    message: undefined,
    timestamp: `2026-01-01T00:00:${String(second).padStart(2, '0')}.000Z`,
  },
  artifacts: [
    { artifactId: 'a', name: '', description: '', parts: [], metadata: undefined, extensions: [] },
  ],
  history: [],
  metadata: undefined,
})
const list = (store: BoundedTaskStore, params: Record<string, unknown> = {}, who = 'ada') =>
  store.list(
    {
      tenant: '',
      contextId: '',
      status: 0,
      pageToken: '',
      statusTimestampAfter: undefined,
      ...params,
    },
    as(who),
  )

describe('BoundedTaskStore', () => {
  it('forgets the task saved least recently once it holds more than its limit', async () => {
    const store = new BoundedTaskStore((context) => context.user?.userName ?? '', 2)
    await store.save(task('t1', 1), as('ada'))
    await store.save(task('t2', 2), as('ada'))
    await store.save(task('t1', 3), as('ada')) // saved again: now the most recent
    await store.save(task('t3', 4), as('bob'))
    expect(await store.load('t2', as('ada'))).toBeUndefined()
    expect((await store.load('t1', as('ada')))?.status?.timestamp).toMatch(/:03\./)
    expect(await store.load('t3', as('bob'))).toMatchObject({ id: 't3' })
    expect(await store.load('t3', as('ada'))).toBeUndefined()
  })

  it("lists one owner's tasks newest first, filtered and paged, artifacts only when asked", async () => {
    const store = new BoundedTaskStore((context) => context.user?.userName ?? '')
    for (const [id, second, contextId] of [
      ['a', 1, 'c1'],
      ['b', 2, 'c2'],
      ['c', 3, 'c1'],
      ['d', 4, 'c1'],
    ] as const)
      await store.save(task(id, second, contextId), as('ada'))
    await store.save(task('x', 5), as('bob'))
    const first = await list(store, { contextId: 'c1', pageSize: 2 })
    expect(first).toMatchObject({ nextPageToken: 'c', pageSize: 2, totalSize: 3 })
    expect(first.tasks.map((t) => [t.id, t.artifacts.length])).toEqual([
      ['d', 0],
      ['c', 0],
    ])
    const second = await list(store, { contextId: 'c1', pageSize: 2, pageToken: 'c' })
    expect(second.tasks.map((t) => t.id)).toEqual(['a'])
    expect(second.nextPageToken).toBe('')
    const later = await list(store, {
      statusTimestampAfter: '2026-01-01T00:00:02.000Z',
      includeArtifacts: true,
    })
    expect(later.tasks.map((t) => [t.id, t.artifacts.length])).toEqual([
      ['d', 1],
      ['c', 1],
    ])
    expect((await list(store, { status: TaskState.TASK_STATE_FAILED })).tasks).toEqual([])
    expect((await list(store, { pageToken: 'gone' })).tasks).toEqual([])
    expect((await list(store, {}, 'bob')).tasks.map((t) => t.id)).toEqual(['x'])
  })
})
