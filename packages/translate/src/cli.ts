#!/usr/bin/env node
import { parseTranslateArgs } from './cli-program.js'
import { connectStdio } from './connect.js'
import { exposeStdio } from './expose.js'
import { exposeGrpc } from './expose-grpc.js'
import { createLogger } from './logger.js'
import { definedEnv, runCli } from './run-cli.js'
import { version } from './version.js'

const name = 'switchyard-translate'
const exit = (code: number) => process.exit(code)
const onSignal = (handler: () => void) => {
  process.once('SIGINT', handler)
  process.once('SIGTERM', handler)
}

runCli(name, { stderr: process.stderr, exit }, async () => {
  const command = parseTranslateArgs(process.argv.slice(2), version)
  if (command.mode === 'done') {
    process.stdout.write(command.output)
    return
  }
  const logger = createLogger(name, command.logLevel)
  // Node's own warnings (grpc-js sends a TLS server name even for an IP address: DEP0123) go
  // through the logger, at debug level, instead of breaking the one-line error contract.
  process.removeAllListeners('warning')
  process.on('warning', (warning) => logger.debug(`${warning.name}: ${warning.message}`))
  if (command.mode === 'expose' || command.mode === 'grpc') {
    // Signals count from the start: one during the startup check must end its probe child too.
    const stop = new AbortController()
    const { signal } = stop
    const starting =
      command.mode === 'expose'
        ? exposeStdio({ ...command.options, env: definedEnv(process.env), logger, signal })
        : exposeGrpc({ ...command.options, logger, signal })
    onSignal(() => {
      logger.info('shutting down')
      stop.abort()
      void starting
        .then(
          (server) => server.close(),
          () => undefined,
        )
        .then(() => exit(0))
    })
    await starting.catch((error: unknown) => {
      if (!signal.aborted) throw error
    })
    return
  }
  const bridge = await connectStdio({ ...command.options, logger })
  onSignal(() => void bridge.close())
  await bridge.closed
  exit(0)
})
