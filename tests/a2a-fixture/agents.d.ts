import type { IncomingHttpHeaders } from 'node:http'

/** A real `@a2a-js/sdk` agent on a loopback port. */
export interface TestAgent {
  url: string
  /** Authorization headers of the requests it received. */
  seenAuth: (string | undefined)[]
  /** The headers of the requests it received. */
  seenHeaders: IncomingHttpHeaders[]
  /** Ids of the tasks it was asked to cancel. */
  canceled: string[]
  close(): Promise<void>
}

/**
 * Starts one of the test agents on 127.0.0.1 (a free port): `answering` echoes the text (`fail`
 * and `reject` end the task so) and returns the data parts and file names it got as an artifact;
 * `streaming` streams two working steps before answering (`wait` works until canceled); `asking`
 * asks for the caller's name, then greets them in the same task.
 */
export function startAgent(kind: 'answering' | 'streaming' | 'asking'): Promise<TestAgent>
