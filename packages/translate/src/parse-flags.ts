import { CommanderError, type Command, type OptionValues } from 'commander'
import { TranslateError } from './errors.js'

/**
 * Parses a commander program's arguments without letting it print or exit: the help or version
 * text comes back as `output` (the caller prints it and stops); a bad flag or a stray argument
 * throws a TranslateError with one line for the user. `given` holds the long names of the flags
 * on the command line (a flag left at its default is not there).
 */
export function parseFlags<T extends OptionValues>(
  cli: Command,
  args: readonly string[],
  strayHint = '',
): { flags: T; given: string[]; output?: undefined } | { output: string } {
  let output = ''
  cli
    .exitOverride()
    .configureOutput({ writeOut: (text) => (output += text), writeErr: () => undefined })
  try {
    cli.parse([...args], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return { output }
    const message = error instanceof Error ? error.message : String(error)
    throw new TranslateError(
      'BAD_OPTION',
      message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '),
    )
  }
  if (cli.args.length > 0) {
    throw new TranslateError('BAD_OPTION', `unexpected argument "${cli.args[0]}"${strayHint}`)
  }
  const given = cli.options
    .filter((option) => cli.getOptionValueSource(option.attributeName()) === 'cli')
    .map((option) => option.long ?? option.name())
  return { flags: cli.opts<T>(), given }
}
