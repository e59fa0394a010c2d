// The machine a benchmark ran on, and Markdown written the way the repository formats it.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

/** CPU, cores, Node, OS, commit (of the checkout at `root`) and load average. */
export function machine(root) {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown cpu'
  let nproc = String(os.availableParallelism())
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim()
  } catch {
    // keep availableParallelism
  }
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim()
    // the results file itself does not count: benchmarks write it as they go
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench/RESULTS.md'], {
      cwd: root,
      encoding: 'utf8',
    }).trim()
    if (dirty) commit += ' (with uncommitted changes)'
  } catch {
    // not a git checkout
  }
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
  return { cpu, nproc, node: process.version, os: `${os.type()} ${os.release()}`, commit, load }
}

/** Formats with the repository's Prettier when it is installed, so that `pnpm lint` stays clean. */
export async function formatMarkdown(file, markdown) {
  try {
    const prettier = await import('prettier')
    const config = (await prettier.resolveConfig(file)) ?? {}
    return await prettier.format(markdown, { ...config, parser: 'markdown' })
  } catch {
    return `${markdown}\n`
  }
}
