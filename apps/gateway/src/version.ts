import { readFileSync } from 'node:fs'

/** The version of @switchyard/gateway, from its package.json. */
export const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version
