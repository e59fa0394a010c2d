import { parseTranslateArgs } from './cli-program.js'
import { connectStdio, type StdioBridge } from './connect.js'
import { exposeStdio } from './expose.js'
import { exposeGrpc } from './expose-grpc.js'
import { createLogger } from './logger.js'
import { definedEnv, runCli } from './run-cli.js'
import { version } from './version.js'
import { whenAborted } from './when-aborted.js'

const name = 'switchyard-translate'
const exit = (code: number) => process.exit(code)

/**
 * The `switchyard-translate` CLI on `args`. `stop` aborts on SIGINT or SIGTERM, also one that came
 * before this ran: the bridge (or its start) is ended and the process exits 0.
 */
export function runTranslate(args: readonly string[], stop: AbortSignal): void {
  runCli(name, { stderr: process.stderr, exit }, async () => {
    const command = parseTranslateArgs(args, version)
    if (command.mode === 'done') {
      process.stdout.write(command.output)
      return
    }
    const logger = createLogger(name, command.logLevel)
    // Node's own warnings (grpc-js sends a TLS server name even for an IP address: DEP0123) go
    // through the logger, at debug level, instead of breaking the one-line error contract.
    process.removeAllListeners('warning')
    process.on('warning', (warning) => logger.debug(`${warning.name}: ${warning.message}`))
    const onStop = (end: () => Promise<unknown>) =>
      whenAborted(stop, () => {
        logger.info('shutting down')
        void end().then(() => exit(0))
      })
    if (command.mode === 'connect') {
      const running: { bridge?: StdioBridge } = {}
      // Before the bridge is up there is nothing to end.
      onStop(async () => running.bridge?.close())
      running.bridge = await connectStdio({ ...command.options, logger })
      await running.bridge.closed
      exit(0)
      return
    }
    // A stop during the startup check must end its probe child too: the start takes the signal.
    const starting =
      command.mode === 'expose'
        ? exposeStdio({ ...command.options, env: definedEnv(process.env), logger, signal: stop })
        : exposeGrpc({ ...command.options, logger, signal: stop })
    onStop(() =>
      starting.then(
        (server) => server.close(),
        () => undefined,
      ),
    )
    await starting.catch((error: unknown) => {
      if (!stop.aborted) throw error
    })
  })
}
