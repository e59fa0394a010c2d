import { connectUpstream } from '/work/wt-qa-mcp/packages/transports/dist/index.js'
const s = await connectUpstream({ transport: 'streamablehttp', url: 'http://127.0.0.1:47950/mcp' })
console.log(s.era, JSON.stringify(s.capabilities))
await s.close()
