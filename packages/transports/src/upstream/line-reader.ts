import type { Readable } from 'node:stream'

const maxLineLength = 64 * 1024

/** Calls `onLine` for each line of a text stream (CR LF or LF), including a last unended one. */
export function readLines(stream: Readable, onLine: (line: string) => void): void {
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line)
    if (pending.length > maxLineLength) {
      onLine(pending)
      pending = ''
    }
  })
  stream.on('end', () => {
    if (pending !== '') onLine(pending)
    pending = ''
  })
  stream.on('error', () => undefined)
}
