#!/usr/bin/env node
// SIGINT and SIGTERM are caught from the first line: one that comes while the modules load ends
// the wrapper as cleanly as a later one. Everything else loads after.
const stop = new AbortController()
process.once('SIGINT', () => stop.abort())
process.once('SIGTERM', () => stop.abort())
const { runWrapperCli } = await import('./wrapper-main.js')
runWrapperCli(process.argv.slice(2), process.env, stop.signal)
