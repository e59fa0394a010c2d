import { connectStdio, createLogger, type StdioBridge } from '@switchyard/translate'
import type { WrapperConfig } from './wrapper-config.js'

/** Streams for {@link runWrapper}; default the process's stdin and stdout. */
export interface WrapperStreams {
  input?: NodeJS.ReadableStream
  output?: NodeJS.WritableStream
  /** Where logs go; default stderr. */
  log?: NodeJS.WritableStream
}

/**
 * Serves the remote server to a stdio client: stdout carries only JSON-RPC, logs go to stderr;
 * reconnects (replaying the client's initialize) when the gateway restarts.
 */
export function runWrapper(
  config: WrapperConfig,
  streams: WrapperStreams = {},
): Promise<StdioBridge> {
  return connectStdio({
    transport: config.transport,
    url: config.url,
    headers: config.auth === undefined ? {} : { authorization: config.auth },
    requestTimeoutMs: config.requestTimeoutMs,
    logger: createLogger('switchyard-wrapper', config.logLevel, streams.log),
    ...(streams.input !== undefined && { input: streams.input }),
    ...(streams.output !== undefined && { output: streams.output }),
  })
}
