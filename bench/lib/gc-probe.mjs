// Bench-only preload (`node --expose-gc --import bench/lib/gc-probe.mjs ...`): on SIGUSR2 the process
// runs a full garbage collection and writes one line to stderr, `gc-probe {"heapUsed":..,"rss":..}`
// (bytes), so that a benchmark can tell retained memory from garbage not yet collected.
process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') globalThis.gc()
  const { heapUsed, rss } = process.memoryUsage()
  process.stderr.write(`gc-probe ${JSON.stringify({ heapUsed, rss })}\n`)
})
