#!/usr/bin/env node
// Runs the shop server until stopped: `grpc-fixture [--port N] [--no-reflection]`; prints its target.
import { startShopServer } from './server.mjs'

const args = process.argv.slice(2)
const portAt = args.indexOf('--port')
const server = await startShopServer({
  reflection: !args.includes('--no-reflection'),
  ...(portAt >= 0 && { port: Number(args[portAt + 1]) }),
})
console.log(server.target)
const stop = () => void server.close().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
