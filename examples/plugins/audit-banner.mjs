// An example Switchyard plugin (see docs/plugins.md): stamps every tool result with a banner naming
// the caller and the request, refuses tool arguments that carry a forbidden word, and refuses
// creating a virtual server without a description.
//
// plugins.yaml:
//   plugins:
//     - name: audit-banner
//       kind: module
//       module: ./audit-banner.mjs
//       config: { banner: 'audited', forbidden: ['drop table'] }

/** The default export may be a plugin object, or a factory called with the entry's `config`. */
export default function auditBanner(config, { name }) {
  const banner = String(config.banner ?? 'audited')
  const forbidden = (config.forbidden ?? []).map((word) => String(word).toLowerCase())
  return {
    toolPreInvoke(payload) {
      const text = JSON.stringify(payload.arguments).toLowerCase()
      const word = forbidden.find((w) => text.includes(w))
      if (word) return { reject: `the arguments contain the forbidden word '${word}'` }
      return undefined
    },
    toolPostInvoke(payload, context) {
      const stamp = `[${banner} by ${name}] ${context.tool?.name ?? payload.name} for ${context.principalEmail ?? 'anonymous'}, request ${context.requestId}`
      const content = Array.isArray(payload.result.content) ? payload.result.content : []
      return {
        payload: {
          ...payload,
          result: { ...payload.result, content: [{ type: 'text', text: stamp }, ...content] },
        },
      }
    },
    onRegistration(payload) {
      if (payload.kind === 'server' && payload.action === 'create' && !payload.input.description)
        return { reject: 'a virtual server needs a description' }
      return undefined
    },
  }
}
