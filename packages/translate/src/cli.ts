#!/usr/bin/env node
// SIGINT and SIGTERM are caught from the first line: one that comes while the modules load (about
// a second) ends the CLI as cleanly as a later one. Everything else loads after.
const stop = new AbortController()
process.once('SIGINT', () => stop.abort())
process.once('SIGTERM', () => stop.abort())
const { runTranslate } = await import('./translate-main.js')
runTranslate(process.argv.slice(2), stop.signal)
