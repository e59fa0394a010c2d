import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readLines } from './line-reader.js'

describe('readLines', () => {
  it('splits chunks into lines across boundaries and flushes the last line', async () => {
    const stream = new PassThrough()
    const lines: string[] = []
    readLines(stream, (line) => lines.push(line))
    stream.write('first\r\nsec')
    stream.write('ond\nthi')
    stream.end('rd')
    await new Promise((resolve) => stream.once('end', resolve))
    expect(lines).toEqual(['first', 'second', 'third'])
  })
})
