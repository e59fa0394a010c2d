import { runCli, whenAborted, type StdioBridge } from '@switchyard/translate'
import { runWrapper } from './run-wrapper.js'
import { version } from './version.js'
import { parseWrapperArgs } from './wrapper-config.js'

const exit = (code: number) => process.exit(code)

/**
 * The `switchyard-wrapper` CLI on `args` and `env`. `stop` aborts on SIGINT or SIGTERM, also one
 * that came before this ran: the bridge is ended (before it is up there is nothing to end) and the
 * process exits 0.
 */
export function runWrapperCli(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  stop: AbortSignal,
): void {
  runCli('switchyard-wrapper', { stderr: process.stderr, exit }, async () => {
    const command = parseWrapperArgs(args, env, version)
    if (command.mode === 'done') {
      process.stdout.write(command.output)
      return
    }
    const running: { bridge?: StdioBridge } = {}
    // Before the bridge is up there is nothing to end.
    whenAborted(stop, () => (running.bridge === undefined ? exit(0) : void running.bridge.close()))
    running.bridge = await runWrapper(command.config)
    await running.bridge.closed
    exit(0)
  })
}
