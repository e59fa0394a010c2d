import { describe, expect, it } from 'vitest'
import { parseAgentCard } from './agent-card.js'
import { selectInterface } from './select-interface.js'

const v1 = {
  name: 'Weather',
  description: 'Forecasts',
  version: '1.0.0',
  supportedInterfaces: [
    { url: 'https://agent.example/grpc', protocolBinding: 'GRPC', protocolVersion: '1.0' },
    { url: 'https://agent.example/rest', protocolBinding: 'HTTP+JSON', protocolVersion: '1.0' },
    { url: 'https://agent.example/rpc03', protocolBinding: 'JSONRPC', protocolVersion: '0.3' },
    { url: 'https://agent.example/rpc', protocolBinding: 'JSONRPC', protocolVersion: '1.0' },
  ],
  capabilities: { streaming: true },
  skills: [{ id: 'forecast', name: 'forecast', description: 'A forecast', tags: [] }],
}

const failure = (raw: unknown) => {
  try {
    parseAgentCard(raw)
  } catch (error) {
    return error as { code: string; field?: string; message: string }
  }
  throw new Error('expected the card to be refused')
}

describe('parseAgentCard', () => {
  it('reads a v1.0 card', () => {
    const card = parseAgentCard(v1)
    expect(card.name).toBe('Weather')
    expect(card.supportedInterfaces).toHaveLength(4)
    expect(card.capabilities?.streaming).toBe(true)
  })

  it('reads a v0.3 card and marks its interfaces as 0.3', () => {
    const card = parseAgentCard({
      name: 'Old',
      description: 'v0.3',
      version: '1',
      protocolVersion: '0.3.0',
      url: 'https://old.example/rpc',
      preferredTransport: 'JSONRPC',
      additionalInterfaces: [{ url: 'https://old.example/rest', transport: 'HTTP+JSON' }],
      capabilities: {},
      skills: [],
      defaultInputModes: [],
      defaultOutputModes: [],
    })
    expect(selectInterface(card)).toEqual({
      url: 'https://old.example/rpc',
      protocolBinding: 'JSONRPC',
      protocolVersion: '0.3',
    })
  })

  it('reads a v1.0 card with the fields its JSON form leaves out set to their defaults', () => {
    // proto3 JSON omits empty strings: an @a2a-js/sdk agent whose interface has protocolVersion ''
    // serves it without one, which is read as 1.0
    const card = parseAgentCard({
      name: 'Terse',
      supportedInterfaces: [{ url: 'https://terse.example/rpc', protocolBinding: 'JSONRPC' }],
    })
    expect(card).toMatchObject({ description: '', skills: [], defaultInputModes: [] })
    expect(card.supportedInterfaces[0]).toMatchObject({ protocolVersion: '', tenant: '' })
    expect(selectInterface(card)).toEqual({
      url: 'https://terse.example/rpc',
      protocolBinding: 'JSONRPC',
      protocolVersion: '1.0',
    })
  })

  it.each([
    ['a JSON array', [], undefined, 'not a JSON object'],
    ['no name', { ...v1, name: undefined }, 'name', "the agent card's name is missing"],
    [
      'a name that is a number',
      { ...v1, name: 7 },
      'name',
      "card's name must be a string, not a number",
    ],
    [
      'interfaces that are not a list',
      { ...v1, supportedInterfaces: { url: 'https://a.example' } },
      'supportedInterfaces',
      "the agent card's supportedInterfaces must be an array, not an object",
    ],
    [
      'an interface without its binding',
      { ...v1, supportedInterfaces: [{ url: 'https://a.example/rpc' }] },
      'supportedInterfaces.0.protocolBinding',
      "the agent card's supportedInterfaces.0.protocolBinding is missing",
    ],
    ['no interfaces', { ...v1, supportedInterfaces: [] }, 'supportedInterfaces', 'at least one'],
    [
      'a relative interface url',
      { ...v1, supportedInterfaces: [{ url: '/rpc', protocolBinding: 'JSONRPC' }] },
      'supportedInterfaces.0.url',
      'absolute http(s) URL',
    ],
    ['a v0.3 card with a bad url', { name: 'x', url: 'ftp://x' }, 'url', 'absolute http(s) URL'],
    [
      'neither interfaces nor url',
      { name: 'x' },
      'supportedInterfaces',
      'the agent card has neither supportedInterfaces (A2A 1.0) nor url (A2A 0.3)',
    ],
  ])('refuses a card with %s, naming the field', (_label, raw, field, message) => {
    const error = failure(raw)
    expect(error.code).toBe('INVALID_CARD')
    expect(error.field).toBe(field)
    expect(error.message).toContain(message)
  })
})

describe('selectInterface', () => {
  it('prefers JSON-RPC 1.0, then JSON-RPC 0.3, then HTTP+JSON', () => {
    const card = parseAgentCard(v1)
    expect(selectInterface(card).url).toBe('https://agent.example/rpc')
    const without = parseAgentCard({
      ...v1,
      supportedInterfaces: v1.supportedInterfaces.slice(0, 3),
    })
    expect(selectInterface(without)).toMatchObject({
      url: 'https://agent.example/rpc03',
      protocolVersion: '0.3',
    })
    const rest = parseAgentCard({ ...v1, supportedInterfaces: v1.supportedInterfaces.slice(0, 2) })
    expect(selectInterface(rest)).toMatchObject({
      protocolBinding: 'HTTP+JSON',
      protocolVersion: '1.0',
    })
  })

  it('refuses a card that offers only bindings or versions not spoken here', () => {
    const card = parseAgentCard({
      ...v1,
      supportedInterfaces: [
        { url: 'https://a.example/g', protocolBinding: 'GRPC', protocolVersion: '1.0' },
        { url: 'https://a.example/j', protocolBinding: 'JSONRPC', protocolVersion: '2.0' },
      ],
    })
    expect(() => selectInterface(card)).toThrow(
      /no JSONRPC or HTTP\+JSON interface .*GRPC 1.0, JSONRPC 2.0/,
    )
  })
})
