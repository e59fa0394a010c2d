import { ProtocolError, SdkError, SdkErrorCode } from '@modelcontextprotocol/client'
import { describe, expect, it } from 'vitest'
import { toUpstreamError } from './to-upstream-error.js'
import { UpstreamError, isUpstreamError } from './upstream-error.js'

describe('UpstreamError', () => {
  it('carries a code, and rpcCode and data only when given', () => {
    const plain = new UpstreamError('CLOSED', 'gone')
    expect(plain).toBeInstanceOf(Error)
    expect(plain.name).toBe('UpstreamError')
    expect(Object.keys(plain)).not.toContain('rpcCode')
    const remote = new UpstreamError('REMOTE', 'bad', { rpcCode: -32602, data: { field: 'x' } })
    expect(remote).toMatchObject({ code: 'REMOTE', rpcCode: -32602, data: { field: 'x' } })
    expect(isUpstreamError(remote, 'REMOTE')).toBe(true)
    expect(isUpstreamError(remote, 'CLOSED')).toBe(false)
    expect(isUpstreamError(new Error('plain'))).toBe(false)
  })
})

describe('toUpstreamError', () => {
  it('passes a JSON-RPC error through unchanged as REMOTE', () => {
    const error = toUpstreamError(new ProtocolError(-32001, 'Custom failure', { retry: true }), 'x')
    expect(error).toMatchObject({
      code: 'REMOTE',
      rpcCode: -32001,
      message: 'Custom failure',
      data: { retry: true },
    })
  })

  it('maps SDK errors by kind and names where they happened', () => {
    const where = 'sse upstream http://h/sse'
    expect(toUpstreamError(new SdkError(SdkErrorCode.RequestTimeout, 't'), where).code).toBe(
      'TIMEOUT',
    )
    expect(toUpstreamError(new SdkError(SdkErrorCode.ConnectionClosed, 'c'), where).code).toBe(
      'CLOSED',
    )
    expect(toUpstreamError(new SdkError(SdkErrorCode.InvalidResult, 'r'), where)).toMatchObject({
      code: 'PROTOCOL',
      message: `${where}: r`,
    })
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    expect(toUpstreamError(refused, where).code).toBe('CONNECT_FAILED')
  })

  it('keeps secrets out of the message and the cause', () => {
    const leak = new Error('GET http://u:s3cret-token@h/x failed', {
      cause: new Error('s3cret-token'),
    })
    const error = toUpstreamError(leak, 'streamablehttp upstream http://h/x', ['s3cret-token'])
    expect(error.message).not.toContain('s3cret-token')
    expect(String((error.cause as Error).message)).not.toContain('s3cret-token')
    expect((error.cause as Error).cause).toBeUndefined()
  })
})
