// `switchyard serve --port <port>` from tsc's unbundled output instead of the bundled CLI, so that a
// CPU profile's frames name the package and file they ran in (bench/lib/profile.mjs reads them).
import { serveCommand } from '../../apps/gateway/dist/commands/serve.js'
import { loadConfig } from '../../apps/gateway/dist/config/env-schema.js'

await serveCommand(loadConfig(process.env), { port: Number(process.argv[2]) })
