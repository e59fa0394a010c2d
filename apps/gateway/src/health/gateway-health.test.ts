import { createChangeBus } from '@switchyard/core'
import { describe, expect, it } from 'vitest'
import { createGatewayHealth } from './gateway-health.js'

type State = {
  status: 'pending' | 'active' | 'unreachable'
  enabled: boolean
  reason: string | null
}

/** Lets the reads queued so far (each answered at once here) finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('gateway health history', () => {
  it('records each change of state once, keeps the last `limit`, and forgets deleted upstreams', async () => {
    const events = createChangeBus()
    const states = new Map<string, State>()
    let clock = 0
    const health = createGatewayHealth({
      events,
      read: (id) => Promise.resolve(states.get(id)),
      limit: 3,
      now: () => new Date(++clock * 1000),
    })
    // Each change is read back from the store as it is when the read runs.
    const update = async (state: State) => {
      states.set('g', state)
      events.emit([{ entity: 'gateway', id: 'g', op: 'updated' }])
      await settle()
    }
    await update({ status: 'pending', enabled: true, reason: null })
    events.emit([{ entity: 'tool', id: 'g', op: 'updated' }])
    await settle()
    expect(health.history('g')).toEqual([
      { at: new Date(1000).toISOString(), status: 'pending', reason: null },
    ])
    expect(health.history('other')).toEqual([])

    await update({ status: 'active', enabled: true, reason: null })
    await update({ status: 'active', enabled: true, reason: null })
    await update({ status: 'unreachable', enabled: true, reason: 'refused' })
    await update({ status: 'unreachable', enabled: false, reason: 'refused' })
    expect(health.history('g').map((t) => [t.status, t.reason])).toEqual([
      ['active', null],
      ['unreachable', 'refused'],
      ['disabled', null],
    ])

    states.delete('g')
    events.emit([{ entity: 'gateway', id: 'g', op: 'deleted' }])
    await settle()
    expect(health.history('g')).toEqual([])
    await health.close()
    await update({ status: 'active', enabled: true, reason: null })
    expect(health.history('g')).toEqual([])
  })
})
