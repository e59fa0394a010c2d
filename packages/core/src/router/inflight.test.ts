import { describe, expect, it } from 'vitest'
import { createInflightRequests, type ClientRequester } from './inflight.js'

const asker =
  (name: string): ClientRequester =>
  () =>
    Promise.resolve({ answeredBy: name })
const noop = () => {}

describe('requests in flight', () => {
  it('attributes to the only request, or to the latest of one session, and refuses otherwise', async () => {
    const inflight = createInflightRequests()
    expect(inflight.requester('up')).toBeUndefined()

    const endA = inflight.begin('up', noop, asker('a'), 'session-1')
    expect(await inflight.requester('up')?.('roots/list', undefined, AbortSignal.abort())).toEqual({
      answeredBy: 'a',
    })
    const endB = inflight.begin('up', noop, asker('b'), 'session-1')
    expect(await inflight.requester('up')?.('roots/list', undefined, AbortSignal.abort())).toEqual({
      answeredBy: 'b',
    })
    const endC = inflight.begin('up', noop, asker('c'), 'session-2')
    expect(inflight.requester('up')).toBeUndefined()
    expect(inflight.deliver('up', 'notifications/message', {})).toBe(false)
    endB()
    endC()
    expect(inflight.deliver('up', 'notifications/message', {})).toBe(true)
    endA()

    inflight.begin('up', noop, asker('modern-1'), undefined)
    inflight.begin('up', noop, asker('modern-2'), undefined)
    expect(inflight.requester('up')).toBeUndefined()
  })
})
