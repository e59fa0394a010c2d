// Counts the spans of an OTLP/HTTP trace export, protobuf or JSON: a receiver that checks what
// arrived without spending the load generator's CPU on decoding every field.

/** The spans in an export body of `contentType`. */
export function countSpans(body, contentType) {
  if (contentType === 'application/json') {
    let spans = 0
    for (const r of JSON.parse(body.toString() || '{}').resourceSpans ?? [])
      for (const s of r.scopeSpans ?? []) spans += s.spans?.length ?? 0
    return spans
  }
  // ExportTraceServiceRequest.resource_spans (1) > ResourceSpans.scope_spans (2) > ScopeSpans.spans (2)
  let spans = 0
  for (const resourceSpans of fields(body, 0, body.length, 1))
    for (const scopeSpans of fields(body, resourceSpans.start, resourceSpans.end, 2))
      spans += [...fields(body, scopeSpans.start, scopeSpans.end, 2)].length
  return spans
}

/** The length-delimited fields numbered `wanted` between `start` and `end`, skipping the others. */
function* fields(buf, start, end, wanted) {
  let at = start
  const varint = () => {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = buf[at++]
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
    }
  }
  while (at < end) {
    const tag = varint()
    const wire = tag & 7
    if (wire === 0) varint()
    else if (wire === 1) at += 8
    else if (wire === 5) at += 4
    else if (wire === 2) {
      const length = varint()
      if (tag >>> 3 === wanted) yield { start: at, end: at + length }
      at += length
    } else throw new Error(`unexpected protobuf wire type ${wire}`)
  }
}
