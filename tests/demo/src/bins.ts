import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`))

/** The built bins of the workspace packages the demo runs (`pnpm test` builds them first). */
export const bins = {
  switchyard: join(packageDir('@switchyard/gateway'), 'dist', 'cli.js'),
  translate: join(packageDir('@switchyard/translate'), 'dist', 'cli.js'),
  wrapper: join(packageDir('@switchyard/wrapper'), 'dist', 'cli.js'),
  inspector: join(
    packageDir('@modelcontextprotocol/inspector'),
    'clients',
    'launcher',
    'build',
    'index.js',
  ),
}

/** server-everything's stdio entry; the README runs the same package with `npx -y`. */
export const everything = join(
  packageDir('@modelcontextprotocol/server-everything'),
  'dist',
  'index.js',
)

/** The Node 22 binary the Inspector CLI needs; the product itself runs on Node 20. */
export const node22 = join(
  dirname(
    createRequire(require.resolve('@switchyard/node22/package.json')).resolve('node/package.json'),
  ),
  'bin',
  'node',
)
