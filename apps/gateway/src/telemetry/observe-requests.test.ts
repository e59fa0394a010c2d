import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { errorResponse } from '../http/error-response.js'
import type { GatewayHonoEnv } from '../http/route.js'
import { createLogger } from '../logger.js'
import { startOtlpReceiver } from '../test/otlp-receiver.js'
import { observeRequests } from './observe-requests.js'
import { createTelemetry } from './telemetry.js'

describe('observeRequests', () => {
  const lines: Record<string, unknown>[] = []
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  })
  const closers: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const close of closers.reverse()) await close()
  })

  async function appWith(otlpTracesUrl?: string) {
    const telemetry = await createTelemetry({
      enabled: true,
      ...(otlpTracesUrl !== undefined && { otlpTracesUrl }),
      version: '0.0.0',
      catalog: () => {
        throw new Error('not read')
      },
    })
    closers.push(() => telemetry.close())
    const app = new Hono<GatewayHonoEnv>()
    app.onError((error, c) => errorResponse(c, error, logger))
    app.use(observeRequests(logger, telemetry))
    app.get('/boom', () => {
      throw new Error('kaput')
    })
    return app
  }

  it('puts the request id and trace id on the error line of an unhandled failure', async () => {
    const receiver = await startOtlpReceiver()
    closers.push(() => receiver.close())
    const app = await appWith(`${receiver.url}/v1/traces`)
    lines.length = 0
    const res = await app.request('/boom', { headers: { 'x-request-id': 'req-boom' } })
    expect(res.status).toBe(500)
    expect(res.headers.get('x-request-id')).toBe('req-boom')
    const failure = lines.find((l) => l.msg === 'unhandled error')
    const request = lines.find((l) => l.msg === 'request')
    expect(failure).toMatchObject({ level: 'error', reqId: 'req-boom', err: { message: 'kaput' } })
    expect(failure?.traceId).toMatch(/^[0-9a-f]{32}$/)
    expect(request).toMatchObject({ reqId: 'req-boom', traceId: failure?.traceId, status: 500 })
  })

  it('puts the request id alone there without tracing', async () => {
    const app = await appWith()
    lines.length = 0
    await app.request('/boom')
    const failure = lines.find((l) => l.msg === 'unhandled error')
    expect(failure?.reqId).toMatch(/^[0-9a-f-]{36}$/)
    expect(failure).not.toHaveProperty('traceId')
  })
})
