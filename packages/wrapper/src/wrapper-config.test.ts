import { describe, expect, it } from 'vitest'
import { parseWrapperArgs } from './wrapper-config.js'

const parse = (args: string[], env: Record<string, string> = {}) =>
  parseWrapperArgs(args, env, '1.2.3')

describe('parseWrapperArgs', () => {
  it('reads the environment, with defaults', () => {
    expect(parse([], { MCP_SERVER_URL: 'http://localhost:4444/servers/abc/mcp' })).toEqual({
      mode: 'run',
      config: {
        url: 'http://localhost:4444/servers/abc/mcp',
        transport: 'streamablehttp',
        auth: undefined,
        requestTimeoutMs: 60_000,
        logLevel: 'info',
      },
    })
  })

  it('takes flags over the environment and picks the transport from the URL', () => {
    const env = {
      MCP_SERVER_URL: 'http://a/mcp',
      MCP_AUTH: 'Bearer from-env',
      MCP_TOOL_CALL_TIMEOUT: '5',
      MCP_WRAPPER_LOG_LEVEL: 'debug',
    }
    expect(parse([], env)).toMatchObject({
      config: { auth: 'Bearer from-env', requestTimeoutMs: 5000, logLevel: 'debug' },
    })
    const flags = [
      '--url',
      'https://b/servers/x/sse',
      '--auth',
      'Basic eA==',
      '--timeout',
      '0.5',
      '--log-level',
      'none',
    ]
    expect(parse(flags, env)).toMatchObject({
      config: {
        url: 'https://b/servers/x/sse',
        transport: 'sse',
        auth: 'Basic eA==',
        requestTimeoutMs: 500,
        logLevel: 'none',
      },
    })
    expect(parse([], { MCP_SERVER_URL: 'ws://c/ws' })).toMatchObject({
      config: { transport: 'websocket' },
    })
  })

  it('prints help and the version', () => {
    expect(parse(['--version'])).toEqual({ mode: 'done', output: '1.2.3\n' })
    const help = parse(['--help'])
    expect(help.mode === 'done' && help.output).toContain('MCP_SERVER_URL')
  })

  it.each([
    [[], {}, /set MCP_SERVER_URL or pass --url/],
    [[], { MCP_SERVER_URL: 'not a url' }, /MCP_SERVER_URL is not a valid URL/],
    [[], { MCP_SERVER_URL: 'ftp://x/y' }, /must be http\(s\) or ws\(s\)/],
    [
      [],
      { MCP_SERVER_URL: 'http://x', MCP_TOOL_CALL_TIMEOUT: 'soon' },
      /MCP_TOOL_CALL_TIMEOUT must be a positive/,
    ],
    [
      [],
      { MCP_SERVER_URL: 'http://x', MCP_TOOL_CALL_TIMEOUT: '-3' },
      /MCP_TOOL_CALL_TIMEOUT must be a positive/,
    ],
    [
      [],
      { MCP_SERVER_URL: 'http://x', MCP_TOOL_CALL_TIMEOUT: '3000000' },
      /MCP_TOOL_CALL_TIMEOUT must be a positive number of seconds, at most 2147483/,
    ],
    [
      [],
      { MCP_SERVER_URL: 'http://x', MCP_WRAPPER_LOG_LEVEL: 'loud' },
      /MCP_WRAPPER_LOG_LEVEL must be one of/,
    ],
    [['--log-level', 'loud'], { MCP_SERVER_URL: 'http://x' }, /--log-level/],
    [['--url', 'notaurl'], {}, /^--url is not a valid URL: "notaurl"$/],
    [['--url', 'ftp://x/y'], { MCP_SERVER_URL: 'http://x' }, /^--url must be http\(s\) or ws\(s\)/],
    [['--url', 'http://x', '--timeout', 'abc'], {}, /^--timeout must be a positive number/],
    [
      ['--timeout', '3000000'],
      { MCP_SERVER_URL: 'http://x', MCP_TOOL_CALL_TIMEOUT: '5' },
      /^--timeout must be .*, at most 2147483/,
    ],
    // was sent as an empty Authorization header
    [['--url', 'http://x', '--auth', ' '], {}, /^--auth needs a value, such as "Bearer <token>"$/],
    [['--bogus'], {}, /unknown option '--bogus'/],
    [['stray'], { MCP_SERVER_URL: 'http://x' }, /unexpected argument "stray"/],
  ] as const)('refuses %j %j', (args, env, pattern) => {
    expect(() => parse([...args], env)).toThrow(pattern)
  })
})
