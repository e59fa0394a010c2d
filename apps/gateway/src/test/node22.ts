import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The Node 22 binary of the `@switchyard/node22` dev dependency, for test tools that need Node 22
 * (the conformance suite, the Inspector CLI); the product itself runs on Node 20.
 */
export const node22 = join(
  dirname(
    createRequire(require.resolve('@switchyard/node22/package.json')).resolve('node/package.json'),
  ),
  'bin',
  'node',
)
