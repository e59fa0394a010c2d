// The REST API's limits on a stdio upstream's process (core's gateway schema), so that the form
// can check them before it sends; the admin is a pure REST client and imports no package's code.

/** Arguments of a command, and characters in each. */
export const MAX_ARGS = 256
export const MAX_ARG_LENGTH = 4096
/** Environment variables, characters in a name, and in a value. */
export const MAX_VARIABLES = 256
export const MAX_NAME_LENGTH = 256
export const MAX_VALUE_LENGTH = 32_768
/** Bytes of the command, arguments and `NAME=value` strings together, a terminator each (1 MiB). */
export const MAX_PROCESS_BYTES = 1024 * 1024

const utf8 = new TextEncoder()

/** The bytes the command, its arguments and its variables take as the API counts them. */
export function processBytes(command: string, args: readonly string[], env: [string, string][]) {
  const strings = [command, ...args, ...env.map(([name, value]) => `${name}=${value}`)]
  return strings.reduce((sum, text) => sum + utf8.encode(text).length + 1, 0)
}
