import { readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { GatewayError } from '@switchyard/core'
import { fileProblem } from './file-problem.js'

/** The file a command reads, `-` for stdin, as text; an error names the file and what is wrong. */
export async function readInput(file: string): Promise<string> {
  if (file !== '-') {
    return readFile(file, 'utf8').catch((error: unknown) => {
      throw new GatewayError('BAD_REQUEST', `cannot read ${file}: ${fileProblem(error)}`, {
        cause: error,
      })
    })
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Writes a command's output file (readable by its owner only when created); an error names it. */
export async function writeOutput(file: string, text: string): Promise<void> {
  await writeFile(file, text, { mode: 0o600 }).catch((error: unknown) => {
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `its folder ${dirname(file)} does not exist`
        : fileProblem(error)
    throw new GatewayError('BAD_REQUEST', `cannot write ${file}: ${why}`, { cause: error })
  })
}
