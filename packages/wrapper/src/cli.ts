#!/usr/bin/env node
import { runCli } from '@switchyard/translate'
import { runWrapper } from './run-wrapper.js'
import { version } from './version.js'
import { parseWrapperArgs } from './wrapper-config.js'

const exit = (code: number) => process.exit(code)

runCli('switchyard-wrapper', { stderr: process.stderr, exit }, async () => {
  const command = parseWrapperArgs(process.argv.slice(2), process.env, version)
  if (command.mode === 'done') {
    process.stdout.write(command.output)
    return
  }
  const bridge = await runWrapper(command.config)
  process.once('SIGINT', () => void bridge.close())
  process.once('SIGTERM', () => void bridge.close())
  await bridge.closed
  exit(0)
})
