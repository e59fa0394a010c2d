import type { RequestContext } from '@switchyard/transports'
import { describe, expect, it } from 'vitest'
import { createInputBridge, type BridgeRound } from './input-bridge.js'

/** A 2026-era client request as the face hands it over. */
function request(extra: Partial<RequestContext> = {}): RequestContext {
  return {
    sessionId: undefined,
    era: 'modern',
    protocolVersion: '2026-07-28',
    clientCapabilities: { sampling: {} },
    signal: new AbortController().signal,
    meta: undefined,
    sendProgress: () => Promise.resolve(),
    sendNotification: () => Promise.resolve(),
    sendRequest: () => Promise.reject(new Error('not on the 2026 wire')),
    ...extra,
  }
}

/** An upstream call that asks the client once, then answers with what it was told. */
const askingCall = async (round: BridgeRound) => {
  const answer = await round.ask('sampling/createMessage', { maxTokens: 5 }, round.signal)
  return { content: [{ type: 'text', text: JSON.stringify(answer) }] }
}

describe('input bridge', () => {
  it('ends the round with input_required and resumes the waiting call on the retry', async () => {
    const bridge = createInputBridge()
    const first = await bridge.run(request(), askingCall)
    expect(first).toMatchObject({
      resultType: 'input_required',
      inputRequests: {
        'sampling-1': { method: 'sampling/createMessage', params: { maxTokens: 5 } },
      },
    })
    const retry = request({
      requestState: first.requestState as string,
      inputResponses: {
        'sampling-1': { role: 'assistant', content: { type: 'text', text: 'ok' } },
      },
    })
    const done = await bridge.run(retry, askingCall)
    expect(JSON.stringify(done.content)).toContain('assistant')
    bridge.close()
  })

  it('refuses the question when the retry carries no answer, and passes the call result on', async () => {
    const bridge = createInputBridge()
    const tolerant = async (round: BridgeRound) => {
      const answer = await round
        .ask('sampling/createMessage', {}, round.signal)
        .catch((error: Error) => ({ refused: error.message }))
      return { structuredContent: answer }
    }
    const first = await bridge.run(request(), tolerant)
    const done = await bridge.run(
      request({ requestState: first.requestState as string, inputResponses: {} }),
      tolerant,
    )
    expect(done.structuredContent).toEqual({
      refused: "The retry carried no answer to 'sampling-1'",
    })
    bridge.close()
  })

  it('never asks a client for what it did not declare', async () => {
    const bridge = createInputBridge()
    const asked = bridge.run(request(), async (round) => {
      await round.ask('elicitation/create', {}, round.signal)
      return {}
    })
    await expect(asked).rejects.toThrow('did not declare the elicitation capability')
    bridge.close()
  })

  it('cancels a parked call that is not retried in time', async () => {
    const bridge = createInputBridge(50)
    let signal: AbortSignal | undefined
    const first = await bridge.run(request(), (round) => {
      signal = round.signal
      return askingCall(round)
    })
    expect(first.resultType).toBe('input_required')
    await expect.poll(() => signal?.aborted).toBe(true)
    const late = await bridge.run(
      request({ requestState: first.requestState as string, inputResponses: {} }),
      () => Promise.resolve({ content: [], fresh: true }),
    )
    expect(late).toEqual({ content: [], fresh: true })
    bridge.close()
  })
})
