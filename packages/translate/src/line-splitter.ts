const NEWLINE = 0x0a

/**
 * Calls `onLine` with each line (LF or CR LF, without the ending) of a byte stream; a line longer
 * than `maxBytes` goes to `onOverflow` instead and is skipped.
 */
export function splitLines(
  stream: NodeJS.ReadableStream,
  onLine: (line: string) => void,
  options: { maxBytes: number; onOverflow: (bytes: number) => void },
): void {
  let held: Buffer[] = []
  let heldBytes = 0
  let skipping = false
  const emit = (bytes: Buffer) => {
    const end =
      bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length
    onLine(bytes.toString('utf8', 0, end))
  }
  stream.on('data', (chunk: Buffer) => {
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end)
      start = end + 1
      if (skipping) {
        skipping = false
        continue
      }
      if (held.length === 0) {
        if (piece.length > options.maxBytes) options.onOverflow(piece.length)
        else emit(piece)
      } else {
        const line = Buffer.concat([...held, piece])
        held = []
        heldBytes = 0
        if (line.length > options.maxBytes) options.onOverflow(line.length)
        else emit(line)
      }
    }
    if (start >= chunk.length || skipping) return
    held.push(chunk.subarray(start))
    heldBytes += chunk.length - start
    if (heldBytes > options.maxBytes) {
      options.onOverflow(heldBytes)
      held = []
      heldBytes = 0
      skipping = true
    }
  })
  stream.on('end', () => {
    if (held.length > 0 && !skipping) emit(Buffer.concat(held))
    held = []
  })
}
