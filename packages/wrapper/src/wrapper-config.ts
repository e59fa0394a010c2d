import { Command, Option } from 'commander'
import {
  logLevels,
  MAX_TIMER_SECONDS,
  parseFlags,
  parseSeconds,
  TranslateError,
  type LogLevel,
  type RemoteKind,
} from '@switchyard/translate'

/** The wrapper's validated settings, from flags or the environment. */
export interface WrapperConfig {
  url: string
  transport: RemoteKind
  /** The whole `Authorization` header value (`Bearer ...`, `Basic ...`). */
  auth: string | undefined
  requestTimeoutMs: number
  logLevel: LogLevel
}

/** What the command line asks for: run with a config, or print (help, version) and stop. */
export type WrapperCommand =
  { mode: 'run'; config: WrapperConfig } | { mode: 'done'; output: string }

interface Flags {
  url?: string
  auth?: string
  timeout?: string
  logLevel?: string
}

/**
 * Reads the wrapper's settings: flags first, then `MCP_SERVER_URL`, `MCP_AUTH`,
 * `MCP_TOOL_CALL_TIMEOUT` (seconds, default 60) and `MCP_WRAPPER_LOG_LEVEL` (default info). Throws a
 * TranslateError with one line for the user on bad input.
 */
export function parseWrapperArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  version: string,
): WrapperCommand {
  const cli = new Command('switchyard-wrapper')
    .description('Serves a Switchyard virtual server (or any MCP URL) to a stdio MCP client.')
    .version(version, '-V, --version')
    .allowExcessArguments()
    .option('--url <url>', 'MCP URL of the virtual server (env MCP_SERVER_URL)')
    .option('--auth <value>', 'Authorization header value, e.g. "Bearer <token>" (env MCP_AUTH)')
    .option(
      '--timeout <seconds>',
      `longest wait for an answer, at most ${MAX_TIMER_SECONDS} (env MCP_TOOL_CALL_TIMEOUT; default 60)`,
    )
    .addOption(
      new Option(
        '--log-level <level>',
        'what to log on stderr (env MCP_WRAPPER_LOG_LEVEL; default info)',
      ).choices(logLevels),
    )
  const read = parseFlags<Flags>(cli, args)
  if (read.output !== undefined) return { mode: 'done', output: read.output }
  const { flags } = read
  // Errors name where a value came from: the flag when one was given, else the variable.
  const urlFrom = nonEmpty(flags.url) === undefined ? 'MCP_SERVER_URL' : '--url'
  const url = nonEmpty(flags.url) ?? nonEmpty(env.MCP_SERVER_URL)
  if (url === undefined) {
    throw new TranslateError('BAD_OPTION', 'no server URL: set MCP_SERVER_URL or pass --url')
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new TranslateError('BAD_OPTION', `${urlFrom} is not a valid URL: "${url}"`)
  }
  const logLevel = flags.logLevel ?? nonEmpty(env.MCP_WRAPPER_LOG_LEVEL) ?? 'info'
  if (!(logLevels as readonly string[]).includes(logLevel)) {
    throw new TranslateError(
      'BAD_OPTION',
      `MCP_WRAPPER_LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${logLevel}"`,
    )
  }
  if (flags.auth !== undefined && nonEmpty(flags.auth) === undefined) {
    throw new TranslateError('BAD_OPTION', '--auth needs a value, such as "Bearer <token>"')
  }
  const timeout = flags.timeout ?? nonEmpty(env.MCP_TOOL_CALL_TIMEOUT) ?? '60'
  const timeoutFrom = flags.timeout === undefined ? 'MCP_TOOL_CALL_TIMEOUT' : '--timeout'
  const requestTimeoutMs = parseSeconds(timeoutFrom, timeout, false)
  return {
    mode: 'run',
    config: {
      url,
      transport: transportOf(parsed, urlFrom),
      auth: flags.auth ?? nonEmpty(env.MCP_AUTH),
      requestTimeoutMs,
      logLevel: logLevel as LogLevel,
    },
  }
}

/** `ws:`/`wss:` URLs use WebSocket, paths ending in `/sse` legacy SSE, anything else streamable HTTP. */
function transportOf(url: URL, from: string): RemoteKind {
  if (url.protocol === 'ws:' || url.protocol === 'wss:') return 'websocket'
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TranslateError('BAD_OPTION', `${from} must be http(s) or ws(s), got "${url.href}"`)
  }
  return url.pathname.endsWith('/sse') ? 'sse' : 'streamablehttp'
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
