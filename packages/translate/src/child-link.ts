import { spawn } from 'node:child_process'
import { terminateProcessTree } from '@switchyard/transports'
import {
  answerIdAtEnds,
  errorResponse,
  parseMessages,
  serialize,
  type JsonRpcMessage,
} from './json-rpc.js'
import { splitLines } from './line-splitter.js'
import type { Logger } from './logger.js'
import type { LinkHandlers, ServerLink } from './server-link.js'

/** Options for {@link spawnChild}. */
export interface ChildOptions {
  /** A shell command line: `npx -y @modelcontextprotocol/server-everything`. */
  command: string
  /** The child's whole environment. */
  env: Record<string, string>
  logger: Logger
  /** Longest stdout line the child may write; longer ones are logged and skipped. */
  maxMessageBytes: number
  /** Grace between SIGTERM and SIGKILL when the child is ended. */
  killGraceMs: number
}

/** A running stdio MCP server: one JSON-RPC message per line on its stdin and stdout. */
export interface ChildLink extends ServerLink {
  /** Resolves with a description of how it ended (exit code or signal, last stderr line). */
  readonly exited: Promise<string>
}

/** Starts a stdio MCP server through the shell; its messages and its end go to `handlers`. */
export function spawnChild(options: ChildOptions, handlers: LinkHandlers): ChildLink {
  const { logger } = options
  const child = spawn(options.command, {
    shell: true,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let lastStderr = ''
  let closing = false
  const exited = new Promise<string>((resolve) => {
    let reported = false
    const report = (how: string) => {
      if (reported) return
      reported = true
      const reason = lastStderr === '' ? how : `${how}: ${lastStderr}`
      if (!closing) handlers.onClose(`the server process ${reason}`)
      resolve(reason)
    }
    child.on('error', (error) => report(`could not start (${error.message})`))
    child.on('exit', (code, signal) =>
      report(code === null ? `was ended by ${signal ?? 'a signal'}` : `exited with code ${code}`),
    )
  })
  child.stdin.on('error', (error) => logger.debug(`child stdin: ${error.message}`))
  splitLines(
    child.stderr,
    (line) => {
      if (line.trim() === '') return
      lastStderr = line.trim().slice(0, 300)
      logger.debug(`child ${child.pid ?? '?'} stderr: ${line}`)
    },
    { maxBytes: 64 * 1024, onOverflow: () => undefined },
  )
  splitLines(
    child.stdout,
    (line) => {
      if (line.trim() === '') return
      const messages = parseMessages(line)
      if (messages === undefined) {
        logger.warn(`the server wrote a line that is not JSON-RPC, skipped: ${line.slice(0, 200)}`)
        return
      }
      for (const message of messages) handlers.onMessage(message)
    },
    {
      maxBytes: options.maxMessageBytes,
      onOverflow: (bytes, ends) => {
        logger.warn(`the server wrote a ${bytes}-byte line, skipped`)
        // An answer too large to pass on still ends its request, with an error saying why.
        const id = answerIdAtEnds(ends)
        if (id === null) return
        const limit = options.maxMessageBytes
        handlers.onMessage(
          errorResponse(
            id,
            -32603,
            `the server's answer of ${bytes} bytes is over the ${limit}-byte limit`,
          ),
        )
      },
    },
  )
  return {
    exited,
    send(message: JsonRpcMessage) {
      if (child.stdin.writable) child.stdin.write(`${serialize(message)}\n`)
    },
    async close() {
      if (closing) return
      closing = true
      child.stdin.end()
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        await terminateProcessTree(child.pid, options.killGraceMs)
      }
      await exited
    },
  }
}
