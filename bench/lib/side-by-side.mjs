// What the adapter benchmarks (REST, gRPC) share: the same call made directly and through the
// gateway, one at a time in interleaved blocks and then at concurrency 16, and the results file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from './calls.mjs'
import { median } from './harness.mjs'
import { formatMarkdown } from './report.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The results file (BENCH_RESULTS overrides it). */
export const RESULTS = path.resolve(
  process.env.BENCH_RESULTS ?? path.join(ROOT, 'bench/RESULTS.md'),
)

/**
 * Warms both paths, then measures: p50 one call at a time (the median over interleaved blocks of
 * `block` calls each way) and throughput and p50 at concurrency 16 over `calls` calls each way.
 */
export async function sideBySide(direct, through, { calls, block = 200 }) {
  await load(direct, 1000, 16)
  await load(through, 1000, 16)
  const one = { direct: [], through: [] }
  for (let i = 0; i < calls / block / 2; i++) {
    one.direct.push((await load(direct, block, 1)).p50)
    one.through.push((await load(through, block, 1)).p50)
  }
  const loaded = { direct: await load(direct, calls, 16), through: await load(through, calls, 16) }
  return {
    blocks: one.direct.length,
    block,
    p50: { direct: median(one.direct), through: median(one.through) },
    loaded,
    added: median(one.through) - median(one.direct),
  }
}

/** The results table of a side-by-side run, and the verdict on the added p50. */
export function sideBySideTable(result, labels, targetMs) {
  const f2 = (x) => x.toFixed(2)
  const { p50, loaded, added } = result
  return [
    '| path | p50 one at a time, ms | calls/s at concurrency 16 | p50 at 16, ms |',
    '| --- | ---: | ---: | ---: |',
    `| ${labels.direct} | ${f2(p50.direct)} | ${loaded.direct.rps.toFixed(0)} | ${f2(loaded.direct.p50)} |`,
    `| ${labels.through} | ${f2(p50.through)} | ${loaded.through.rps.toFixed(0)} | ${f2(loaded.through.p50)} |`,
    '',
    `Added p50 one call at a time: **${f2(added)} ms** (target < ${targetMs} ms: ${added < targetMs ? 'met' : '**missed**'}).`,
  ]
}

/**
 * Replaces (or appends) the section between `<!-- tag:start -->` and `<!-- tag:end -->`, the file
 * formatted as the repository formats Markdown.
 */
export async function writeSection(tag, lines) {
  const section = [`<!-- ${tag}:start -->`, ...lines, `<!-- ${tag}:end -->`].join('\n')
  console.log(section)
  const current = existsSync(RESULTS)
    ? readFileSync(RESULTS, 'utf8')
    : '# Switchyard benchmark results\n'

  const block = new RegExp(`<!-- ${tag}:start -->[\\s\\S]*<!-- ${tag}:end -->`)
  const next = block.test(current)
    ? current.replace(block, section)
    : `${current.trimEnd()}\n\n${section}\n`
  writeFileSync(RESULTS, await formatMarkdown(RESULTS, next))
}
