import { Command, Option } from 'commander'
import type { ConnectOptions } from './connect-options.js'
import { TranslateError } from './errors.js'
import type { ExposeGrpcOptions } from './expose-grpc.js'
import type { BridgeHttpOptions, ExposeOptions } from './expose-options.js'
import { grpcTarget, hasGrpcOptions, type GrpcFlags } from './grpc-flags.js'
import { parseFlags } from './parse-flags.js'
import { logLevels, type LogLevel } from './logger.js'
import type { RemoteKind } from './remote-transport.js'
import { MAX_TIMER_SECONDS, parseSeconds } from './seconds.js'

/**
 * What the command line asks for: expose a stdio server or a gRPC service, connect to a remote
 * server, or nothing more.
 */
export type TranslateCommand =
  | { mode: 'expose'; logLevel: LogLevel; options: Omit<ExposeOptions, 'env' | 'logger'> }
  | { mode: 'grpc'; logLevel: LogLevel; options: Omit<ExposeGrpcOptions, 'logger'> }
  | { mode: 'connect'; logLevel: LogLevel; options: Omit<ConnectOptions, 'logger'> }
  | { mode: 'done'; output: string }

interface Flags extends GrpcFlags {
  stdio?: string
  exposeSse?: true
  exposeStreamableHttp?: true
  exposeWs?: true
  connectSse?: string
  connectStreamableHttp?: string
  connectWs?: string
  port: string
  host: string
  ssePath: string
  messagePath: string
  streamableHttpPath: string
  wsPath: string
  keepAlive: string
  cors?: true | string[]
  stateless?: true
  jsonResponse?: true
  shared?: true
  headerToEnv: string[]
  header: string[]
  oauth2Bearer?: string
  requestTimeout: string
  sessionTimeout: string
  logLevel: string
}

const collect = (value: string, previous: string[]) => [...previous, value]

function program(version: string): Command {
  return new Command('switchyard-translate')
    .description(
      'Bridges MCP transports: a stdio server (or a gRPC service) over SSE, streamable HTTP and WebSocket, or a remote server on stdio.',
    )
    .version(version, '-V, --version')
    .allowExcessArguments()
    .option('--stdio <command>', 'stdio MCP server to expose (a shell command line)')
    .option('--grpc <host:port>', 'gRPC server (with server reflection) to expose as MCP tools')
    .option('--grpc-tls', '--grpc: TLS with the system roots')
    .option('--grpc-ca <file>', '--grpc: TLS, trusting this CA certificate (PEM)')
    .option('--grpc-cert <file>', '--grpc: client certificate for mutual TLS (PEM)')
    .option('--grpc-key <file>', "--grpc: the client certificate's private key (PEM)")
    .option('--grpc-server-name <name>', '--grpc: name expected in the server certificate')
    .option(
      '--grpc-metadata <key=value>',
      '--grpc: metadata sent with every call (repeatable)',
      collect,
      [],
    )
    .option('--expose-sse', 'serve legacy HTTP+SSE (GET --ssePath, POST --messagePath)')
    .option('--expose-streamable-http', 'serve streamable HTTP at --streamableHttpPath')
    .option('--expose-ws', 'serve JSON-RPC over WebSocket at --wsPath')
    .option('--connect-sse <url>', 'bridge a remote SSE server to stdin/stdout')
    .option(
      '--connect-streamable-http <url>',
      'bridge a remote streamable HTTP server to stdin/stdout',
    )
    .option('--connect-ws <url>', 'bridge a remote WebSocket server to stdin/stdout')
    .option('--port <port>', 'port to listen on', '8000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--ssePath <path>', 'SSE stream path', '/sse')
    .option('--messagePath <path>', 'SSE message path', '/message')
    .option('--streamableHttpPath <path>', 'streamable HTTP path', '/mcp')
    .option('--wsPath <path>', 'WebSocket path', '/ws')
    .option('--keepAlive <seconds>', 'SSE keep-alive comment interval (0: none)', '30')
    .option('--cors [origins...]', 'allow CORS from these origins (no value: any origin)')
    .option('--stateless', 'streamable HTTP without sessions, over one shared server')
    .option('--jsonResponse', 'streamable HTTP answers JSON bodies instead of SSE streams')
    .option('--shared', 'one server for every session (ids renumbered) instead of one per session')
    .option(
      '--header-to-env <HEADER=ENV>',
      'copy a request header into each session server env (repeatable)',
      collect,
      [],
    )
    .option(
      '-H, --header <"Name: value">',
      'header sent to the remote server (repeatable)',
      collect,
      [],
    )
    .option(
      '--oauth2Bearer <token>',
      'expose: the bearer token clients must send; connect: the token to send',
    )
    .option('--requestTimeout <seconds>', 'longest a request may wait for its answer', '600')
    .option('--sessionTimeout <seconds>', 'end a streamable HTTP session idle this long', '1800')
    .addOption(
      new Option('--logLevel <level>', 'what to log on stderr').choices(logLevels).default('info'),
    )
    .addHelpText(
      'after',
      `\nDurations are in seconds (fractions allowed), at most ${MAX_TIMER_SECONDS} (about 24.8 days).`,
    )
}

/**
 * Parses `switchyard-translate` arguments (without node and the script) into a command; throws a
 * {@link TranslateError} with one line for the user on any bad input.
 */
export function parseTranslateArgs(args: readonly string[], version: string): TranslateCommand {
  const parsed = parseFlags<Flags>(program(version), args, ' (quote the --stdio command)')
  return parsed.output === undefined
    ? toCommand(parsed.flags, parsed.given)
    : { mode: 'done', output: parsed.output }
}

/** Flags only a bridge that listens takes: `--connect-*` refuses them. */
const listenOnly = [
  '--port',
  '--host',
  '--ssePath',
  '--messagePath',
  '--streamableHttpPath',
  '--wsPath',
  '--keepAlive',
  '--cors',
  '--stateless',
  '--jsonResponse',
  '--shared',
  '--header-to-env',
  '--sessionTimeout',
]

/** Flags only `--stdio` (and `--header` only `--connect-*`) takes: `--grpc` refuses them. */
const notForGrpc = ['--stateless', '--shared', '--header-to-env', '--cors', '--header']

function toCommand(flags: Flags, given: readonly string[]): TranslateCommand {
  const logLevel = flags.logLevel as LogLevel
  const connects: [RemoteKind, string, string | undefined][] = [
    ['sse', '--connect-sse', flags.connectSse],
    ['streamablehttp', '--connect-streamable-http', flags.connectStreamableHttp],
    ['websocket', '--connect-ws', flags.connectWs],
  ]
  const remote = connects.filter(
    (entry): entry is [RemoteKind, string, string] => entry[2] !== undefined,
  )
  const exposing = flags.exposeSse || flags.exposeStreamableHttp || flags.exposeWs
  const sources = [flags.stdio, flags.grpc].filter((source) => source !== undefined)
  if (sources.length + remote.length !== 1) {
    throw new TranslateError(
      'BAD_OPTION',
      'give exactly one of --stdio, --grpc, --connect-sse, --connect-streamable-http, --connect-ws',
    )
  }
  if (flags.oauth2Bearer?.trim() === '') {
    throw new TranslateError('BAD_OPTION', '--oauth2Bearer needs a token')
  }
  if (flags.grpc === undefined && hasGrpcOptions(flags))
    throw new TranslateError('BAD_OPTION', '--grpc-* options need --grpc')
  const requestTimeoutMs = parseSeconds('--requestTimeout', flags.requestTimeout, false)
  const [connect] = remote
  if (connect !== undefined) {
    if (exposing)
      throw new TranslateError('BAD_OPTION', '--expose-* options need --stdio or --grpc')
    refuseFlags(given, listenOnly, connect[1])
    if (!URL.canParse(connect[2])) {
      throw new TranslateError('BAD_OPTION', `${connect[1]} is not a valid URL: "${connect[2]}"`)
    }
    const headers = parseHeaders(flags.header)
    if (flags.oauth2Bearer !== undefined) headers.authorization = `Bearer ${flags.oauth2Bearer}`
    return {
      mode: 'connect',
      logLevel,
      options: { transport: connect[0], url: connect[2], headers, requestTimeoutMs },
    }
  }
  if (flags.grpc !== undefined) return grpcCommand(flags, given, logLevel, requestTimeoutMs)
  if (flags.stdio === undefined || flags.stdio.trim() === '') {
    throw new TranslateError('BAD_OPTION', '--stdio needs a command')
  }
  if (!exposing) {
    throw new TranslateError(
      'BAD_OPTION',
      '--stdio needs at least one of --expose-sse, --expose-streamable-http, --expose-ws',
    )
  }
  if (flags.header.length > 0) throw new TranslateError('BAD_OPTION', '--header is for --connect-*')
  return {
    mode: 'expose',
    logLevel,
    options: {
      command: flags.stdio,
      ...bridgeHttp(flags),
      ...(flags.cors !== undefined && { cors: flags.cors === true ? ['*'] : flags.cors }),
      stateless: flags.stateless === true,
      shared: flags.shared === true,
      headerToEnv: headerToEnv(flags.headerToEnv),
      requestTimeoutMs,
    },
  }
}

function grpcCommand(
  flags: Flags,
  given: readonly string[],
  logLevel: LogLevel,
  requestTimeoutMs: number,
): TranslateCommand {
  if (!(flags.exposeSse || flags.exposeStreamableHttp || flags.exposeWs)) {
    throw new TranslateError(
      'BAD_OPTION',
      '--grpc needs at least one of --expose-sse, --expose-streamable-http, --expose-ws',
    )
  }
  refuseFlags(given, notForGrpc, '--grpc')
  return {
    mode: 'grpc',
    logLevel,
    options: {
      target: flags.grpc!,
      ...grpcTarget(flags),
      ...bridgeHttp(flags),
      requestTimeoutMs,
    },
  }
}

/** Throws BAD_OPTION naming the first of `flags` on the command line: `mode` does not take it. */
function refuseFlags(given: readonly string[], flags: readonly string[], mode: string): void {
  const misplaced = flags.find((flag) => given.includes(flag))
  if (misplaced !== undefined) {
    throw new TranslateError('BAD_OPTION', `${misplaced} cannot be used with ${mode}`)
  }
}

/** Where either bridge listens and which faces it opens, from the flags both share. */
function bridgeHttp(flags: Flags): BridgeHttpOptions {
  const options = {
    port: port(flags.port),
    host: flags.host,
    sse: flags.exposeSse === true,
    streamableHttp: flags.exposeStreamableHttp === true,
    websocket: flags.exposeWs === true,
    ssePath: path('--ssePath', flags.ssePath),
    messagePath: path('--messagePath', flags.messagePath),
    mcpPath: path('--streamableHttpPath', flags.streamableHttpPath),
    wsPath: path('--wsPath', flags.wsPath),
    keepAliveMs: parseSeconds('--keepAlive', flags.keepAlive, true),
    jsonResponse: flags.jsonResponse === true,
    sessionIdleMs: parseSeconds('--sessionTimeout', flags.sessionTimeout, false),
    ...(flags.oauth2Bearer !== undefined && { oauth2Bearer: flags.oauth2Bearer }),
  }
  const paths: [string, string, boolean][] = [
    ['the health check', '/healthz', true],
    ['--ssePath', options.ssePath, options.sse],
    ['--messagePath', options.messagePath, options.sse],
    ['--streamableHttpPath', options.mcpPath, options.streamableHttp],
    ['--wsPath', options.wsPath, options.websocket],
  ]
  refuseSharedPaths(paths.filter(([, , exposed]) => exposed))
  return options
}

/** Each exposed face needs a path of its own: throws BAD_OPTION naming two that share one. */
function refuseSharedPaths(used: readonly [string, string, boolean][]): void {
  used.forEach(([name, value], index) => {
    const other = used.slice(0, index).find(([, earlier]) => earlier === value)
    if (other !== undefined) {
      const message = `${other[0]} and ${name} are both "${value}" (each face needs a path of its own)`
      throw new TranslateError('BAD_OPTION', message)
    }
  })
}

function port(text: string): number {
  const value = Number(text)
  if (!/^\d+$/.test(text) || value > 65535) {
    throw new TranslateError(
      'BAD_OPTION',
      `--port must be a whole number from 0 to 65535, got "${text}"`,
    )
  }
  return value
}

function path(flag: string, text: string): string {
  if (!text.startsWith('/'))
    throw new TranslateError('BAD_OPTION', `${flag} must start with "/", got "${text}"`)
  return text
}

function headerToEnv(entries: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {}
  for (const entry of entries) {
    const match = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)=([A-Za-z_][A-Za-z0-9_]*)$/.exec(entry)
    if (match?.[1] === undefined || match[2] === undefined) {
      throw new TranslateError(
        'BAD_OPTION',
        `--header-to-env must look like HEADER=ENV_NAME (e.g. X-Api-Key=API_KEY), got "${entry}"`,
      )
    }
    mapping[match[1].toLowerCase()] = match[2]
  }
  return mapping
}

/** Parses repeated `Name: value` header flags. */
export function parseHeaders(entries: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const entry of entries) {
    const colon = entry.indexOf(':')
    const name = entry.slice(0, colon).trim()
    if (colon <= 0 || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      throw new TranslateError(
        'BAD_OPTION',
        `--header must look like "Name: value", got "${entry}"`,
      )
    }
    headers[name.toLowerCase()] = entry.slice(colon + 1).trim()
  }
  return headers
}
