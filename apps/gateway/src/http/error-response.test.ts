import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { toGatewayError } from './error-response.js'

describe('toGatewayError', () => {
  it('turns a ZodError that escaped `validated` into a 422 listing its issues', () => {
    const { error } = z.object({ version: z.number().min(1) }).safeParse({ version: 0 })
    const failure = toGatewayError(error)
    expect(failure).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'version' }] })
    expect(failure.mapping.status).toBe(422)
  })
})
