import { describe, expect, it } from 'vitest'
import { parseTranslateArgs } from './cli-program.js'

describe('parseTranslateArgs', () => {
  it('maps every expose flag to its option', () => {
    const command = parseTranslateArgs(
      [
        '--stdio',
        'npx -y server',
        '--expose-sse',
        '--expose-streamable-http',
        '--expose-ws',
        '--port',
        '9000',
        '--host',
        '0.0.0.0',
        '--ssePath',
        '/events',
        '--messagePath',
        '/send',
        '--streamableHttpPath',
        '/rpc',
        '--wsPath',
        '/socket',
        '--keepAlive',
        '2.5',
        '--cors',
        'https://a.example',
        'https://b.example',
        '--jsonResponse',
        '--header-to-env',
        'X-Api-Key=API_KEY',
        '--header-to-env',
        'X-User=USER_NAME',
        '--oauth2Bearer',
        'sesame',
        '--requestTimeout',
        '30',
        '--sessionTimeout',
        '60',
        '--logLevel',
        'debug',
      ],
      '1.0.0',
    )
    expect(command).toEqual({
      mode: 'expose',
      logLevel: 'debug',
      options: {
        command: 'npx -y server',
        port: 9000,
        host: '0.0.0.0',
        sse: true,
        streamableHttp: true,
        websocket: true,
        ssePath: '/events',
        messagePath: '/send',
        mcpPath: '/rpc',
        wsPath: '/socket',
        keepAliveMs: 2500,
        cors: ['https://a.example', 'https://b.example'],
        stateless: false,
        jsonResponse: true,
        shared: false,
        headerToEnv: { 'x-api-key': 'API_KEY', 'x-user': 'USER_NAME' },
        requestTimeoutMs: 30_000,
        sessionIdleMs: 60_000,
        oauth2Bearer: 'sesame',
      },
    })
  })

  it('takes --cors without origins as any origin, and --shared / --stateless', () => {
    const command = parseTranslateArgs(
      ['--stdio', 'x', '--expose-sse', '--cors', '--shared', '--stateless'],
      '1',
    )
    expect(command).toMatchObject({
      mode: 'expose',
      logLevel: 'info',
      options: {
        cors: ['*'],
        shared: true,
        stateless: true,
        port: 8000,
        host: '127.0.0.1',
        keepAliveMs: 30_000,
      },
    })
  })

  it('maps the connect flags, headers and the bearer token', () => {
    expect(
      parseTranslateArgs(
        [
          '--connect-ws',
          'ws://h/ws',
          '-H',
          'X-Api-Key: abc',
          '--header',
          'X-Other:  two words ',
          '--oauth2Bearer',
          't',
        ],
        '1',
      ),
    ).toEqual({
      mode: 'connect',
      logLevel: 'info',
      options: {
        transport: 'websocket',
        url: 'ws://h/ws',
        headers: { 'x-api-key': 'abc', 'x-other': 'two words', authorization: 'Bearer t' },
        requestTimeoutMs: 600_000,
      },
    })
    expect(parseTranslateArgs(['--connect-sse', 'http://h/sse'], '1')).toMatchObject({
      options: { transport: 'sse' },
    })
    expect(parseTranslateArgs(['--connect-streamable-http', 'http://h/mcp'], '1')).toMatchObject({
      options: { transport: 'streamablehttp' },
    })
  })

  it('takes durations up to the longest a timer can wait, and no longer', () => {
    const longest = ['--keepAlive', '2147483', '--sessionTimeout', '2147483']
    expect(parseTranslateArgs(['--stdio', 'x', '--expose-sse', ...longest], '1')).toMatchObject({
      options: { keepAliveMs: 2_147_483_000, sessionIdleMs: 2_147_483_000 },
    })
    expect(() =>
      parseTranslateArgs(['--stdio', 'x', '--expose-sse', '--sessionTimeout', '2147483.5'], '1'),
    ).toThrow('--sessionTimeout must be a positive number of seconds, at most 2147483')
    const help = parseTranslateArgs(['--help'], '1')
    expect(help.mode === 'done' && help.output).toContain('at most 2147483 (about 24.8 days)')
  })

  it('lets a face take a path another face would use when that face is not exposed', () => {
    const args = ['--stdio', 'x', '--expose-sse', '--messagePath', '/mcp', '--ssePath', '/ws']
    expect(parseTranslateArgs(args, '1')).toMatchObject({
      options: { ssePath: '/ws', messagePath: '/mcp' },
    })
  })

  it.each([
    ['--port', '5'],
    ['--host', '0.0.0.0'],
    ['--ssePath', '/e'],
    ['--messagePath', '/m'],
    ['--streamableHttpPath', '/s'],
    ['--wsPath', '/w'],
    ['--keepAlive', '5'],
    ['--cors'],
    ['--stateless'],
    ['--jsonResponse'],
    ['--shared'],
    ['--header-to-env', 'X-A=A'],
    ['--sessionTimeout', '5'],
  ])('refuses %s with --connect-*, which listens nowhere', (...flag) => {
    expect(() => parseTranslateArgs(['--connect-sse', 'http://h/sse', ...flag], '1')).toThrow(
      `${flag[0]} cannot be used with --connect-sse`,
    )
  })

  it('prints help and version without running anything', () => {
    expect(parseTranslateArgs(['--version'], '9.9.9')).toEqual({ mode: 'done', output: '9.9.9\n' })
    expect(parseTranslateArgs(['--help'], '1')).toMatchObject({ mode: 'done' })
  })
})
