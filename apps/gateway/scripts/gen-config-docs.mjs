#!/usr/bin/env node
// Writes docs/configuration.md from the built config table; run `pnpm --filter @switchyard/gateway build` first.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderConfigDocs } from '../dist/config/docs.js'

const target = fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url))
writeFileSync(target, renderConfigDocs())
console.log(`wrote ${target}`)
