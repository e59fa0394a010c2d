import * as sdk from '@modelcontextprotocol/client'
import { describe, expect, it } from 'vitest'
import { httpUrlOf, webSocketResourceCheck } from './websocket-resource.js'

describe('WebSocket upstreams as OAuth protected resources', () => {
  it('asks ws: and wss: upstreams over the HTTP(S) of their handshake', () => {
    expect(httpUrlOf('ws://host:8080/mcp')).toBe('http://host:8080/mcp')
    expect(httpUrlOf('WSS://host/mcp')).toBe('https://host/mcp')
    expect(httpUrlOf('https://host/mcp')).toBe('https://host/mcp')
  })

  it('takes the resource the metadata names by either scheme, and refuses another server', async () => {
    expect(webSocketResourceCheck(sdk, 'https://host/mcp')).toBeUndefined()
    const check = webSocketResourceCheck(sdk, 'wss://host/mcp')
    if (!check) throw new Error('no check for a wss: upstream')
    const requested = 'https://host/mcp'
    expect(String(await check(requested, 'wss://host/mcp'))).toBe('wss://host/mcp')
    expect(String(await check(requested, 'https://host/mcp'))).toBe('https://host/mcp')
    expect(String(await check(requested, 'wss://host/'))).toBe('wss://host/')
    expect(await check(requested, undefined)).toBeUndefined()
    await expect(check(requested, 'wss://elsewhere/mcp')).rejects.toThrow(
      'Protected resource wss://elsewhere/mcp does not match expected wss://host/mcp',
    )
    await expect(check(requested, 'wss://host/other')).rejects.toThrow(/does not match/)
  })
})
