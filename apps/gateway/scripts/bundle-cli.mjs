#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli.js, from tsc) into one entry file plus the chunks it loads on
// demand (dist/cli-chunks/). Node 20's ESM loader spends most of a start resolving and linking the
// ~1,500 module files behind the CLI; one file starts in about half the time and memory. The
// library entry (dist/index.js) stays unbundled. Left out of the bundle: native modules, packages
// that serve files of their own, and the gRPC bridge (loaded on first use, with protobufjs and
// grpc-js as they are published).
import { readFile, rm } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const external = [
  /^node:/,
  ...builtinModules,
  'better-sqlite3',
  'swagger-ui-dist',
  /^@switchyard\/admin(\/|$)/,
  /^@switchyard\/grpc-bridge(\/|$)/,
]

const BANNER = '// The switchyard CLI, bundled by scripts/bundle-cli.mjs.'

if ((await readFile(`${dist}cli.js`, 'utf8')).includes(BANNER)) {
  console.error('dist/cli.js is bundled already: run tsc -p tsconfig.build.json first')
  process.exit(1)
}
const bundle = await rolldown({
  input: `${dist}cli.js`,
  platform: 'node',
  external,
  logLevel: 'warn',
})
await rm(`${dist}cli-chunks`, { recursive: true, force: true })
await bundle.write({
  dir: dist,
  entryFileNames: 'cli.js',
  banner: (chunk) => (chunk.isEntry ? BANNER : ''),
  chunkFileNames: 'cli-chunks/[name]-[hash].js',
  format: 'esm',
  // V8 keeps each module's source for lazy compilation: one non-ASCII character makes a whole
  // chunk a two-byte string, and comments are held for nothing.
  charset: 'ascii',
  comments: false,
})
await bundle.close()
// tsc's map and declarations describe the unbundled file this one replaced.
await Promise.all(
  ['cli.js.map', 'cli.d.ts', 'cli.d.ts.map'].map((f) => rm(`${dist}${f}`, { force: true })),
)
