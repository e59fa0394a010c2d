const NEWLINE = 0x0a
/** How many bytes of each end of a skipped line `onOverflow` gets. */
const END_BYTES = 256

/** The first and last bytes of a line too long to read, as text. */
export interface LineEnds {
  head: string
  tail: string
}

const headOf = (bytes: Buffer) => bytes.subarray(0, END_BYTES)
const tailOf = (bytes: Buffer) => bytes.subarray(Math.max(0, bytes.length - END_BYTES))

/**
 * Calls `onLine` with each line (LF or CR LF, without the ending) of a byte stream; a line longer
 * than `maxBytes` is skipped and, once it ends, goes to `onOverflow` with its length and its ends.
 */
export function splitLines(
  stream: NodeJS.ReadableStream,
  onLine: (line: string) => void,
  options: { maxBytes: number; onOverflow: (bytes: number, ends: LineEnds) => void },
): void {
  let held: Buffer[] = []
  let heldBytes = 0
  // the line being skipped: its length so far, its first and last bytes
  let skipped: { bytes: number; head: Buffer; tail: Buffer } | undefined
  const emit = (bytes: Buffer) => {
    const end =
      bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length
    onLine(bytes.toString('utf8', 0, end))
  }
  const overflow = (bytes: number, head: Buffer, tail: Buffer) =>
    options.onOverflow(bytes, { head: head.toString('utf8'), tail: tail.toString('utf8') })
  const skip = (piece: Buffer) => {
    if (!skipped) return
    skipped.bytes += piece.length
    skipped.tail = tailOf(Buffer.concat([skipped.tail, piece]))
  }
  const line = (bytes: Buffer) => {
    if (bytes.length > options.maxBytes) overflow(bytes.length, headOf(bytes), tailOf(bytes))
    else emit(bytes)
  }
  stream.on('data', (chunk: Buffer) => {
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end)
      start = end + 1
      if (skipped) {
        skip(piece)
        overflow(skipped.bytes, skipped.head, skipped.tail)
        skipped = undefined
      } else if (held.length === 0) {
        line(piece)
      } else {
        const whole = Buffer.concat([...held, piece])
        held = []
        heldBytes = 0
        line(whole)
      }
    }
    if (start >= chunk.length) return
    const rest = chunk.subarray(start)
    if (skipped) return skip(rest)
    held.push(rest)
    heldBytes += rest.length
    if (heldBytes > options.maxBytes) {
      const all = Buffer.concat(held)
      skipped = {
        bytes: all.length,
        head: Buffer.from(headOf(all)),
        tail: Buffer.from(tailOf(all)),
      }
      held = []
      heldBytes = 0
    }
  })
  stream.on('end', () => {
    if (skipped) overflow(skipped.bytes, skipped.head, skipped.tail)
    else if (held.length > 0) emit(Buffer.concat(held))
    skipped = undefined
    held = []
  })
}
