import { redact, secretsOf } from './redact.js'
import type { UpstreamOptions } from './upstream-options.js'

const tailLines = 3
const tailLineLength = 200

/** A stdio child's last lines of stderr, kept to tell why it failed to connect or ended. */
export interface StderrTail {
  add(line: string): void
  /** `; its stderr ended with: a | b | c` (secrets and `env` values hidden), or '' if it said nothing. */
  told(): string
}

export function stderrTail(options: UpstreamOptions): StderrTail {
  const lines: string[] = []
  return {
    add(line) {
      if (line.trim() === '') return
      lines.push(line.length > tailLineLength ? `${line.slice(0, tailLineLength)}...` : line)
      if (lines.length > tailLines) lines.shift()
    },
    told() {
      if (lines.length === 0) return ''
      const hidden = [...secretsOf(options), ...Object.values(options.env ?? {})]
        .filter((value) => value.length >= 4)
        .sort((a, b) => b.length - a.length)
      return `; its stderr ended with: ${redact(lines.join(' | '), hidden)}`
    },
  }
}
