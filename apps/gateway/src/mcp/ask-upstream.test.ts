import { GatewayError } from '@switchyard/core'
import { McpFaceError, UpstreamError } from '@switchyard/transports'
import { describe, expect, it } from 'vitest'
import { restErrorOf } from './ask-upstream.js'

/** A JSON-RPC error as the backend throws it, with the failure behind it. */
const face = (code: number, message: string, cause?: unknown) =>
  Object.assign(new McpFaceError(code, message), cause === undefined ? {} : { cause })

const rest = (error: unknown) => {
  const mapped = restErrorOf(error, 'ev') as GatewayError
  return { code: mapped.code, status: mapped.mapping.status, message: mapped.message }
}

describe('restErrorOf', () => {
  it("keeps the gateway's own failure behind a JSON-RPC error", () => {
    const unavailable = new GatewayError('UNAVAILABLE', "upstream 'ev' is unreachable: refused")
    expect(restErrorOf(face(-32012, unavailable.message, unavailable), 'ev')).toBe(unavailable)
  })

  it('answers a timeout with 504 and a lost upstream with 502, as the upstream said them', () => {
    const late = new UpstreamError('TIMEOUT', "upstream 'ev': no answer to prompts/get within 5 ms")
    expect(rest(face(-32011, late.message, late))).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      status: 504,
      message: late.message,
    })
    const gone = new UpstreamError('CLOSED', "upstream 'ev' ended the session")
    expect(rest(face(-32010, gone.message, gone))).toMatchObject({ status: 502 })
  })

  it("names the upstream in its own errors: bad arguments are the caller's, the rest a 502", () => {
    const invalid = new UpstreamError('REMOTE', 'Invalid arguments', { rpcCode: -32602 })
    expect(rest(face(-32602, invalid.message, invalid))).toEqual({
      code: 'VALIDATION_FAILED',
      status: 422,
      message: "upstream 'ev' answered: Invalid arguments",
    })
    const internal = new UpstreamError('REMOTE', 'boom', { rpcCode: -32603 })
    expect(rest(face(-32603, internal.message, internal))).toMatchObject({
      code: 'UPSTREAM_ERROR',
      status: 502,
    })
  })

  it("answers the gateway's refusals by their code, and leaves other errors alone", () => {
    expect(rest(face(-32003, "prompt 'p': lacks prompts.execute"))).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    })
    const other = new Error('bug')
    expect(restErrorOf(other, 'ev')).toBe(other)
  })
})
