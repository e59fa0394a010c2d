import mime from 'mime'

const MAGIC: readonly [bytes: readonly number[], type: string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'image/png'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'image/gif'],
  [[0x25, 0x50, 0x44, 0x46], 'application/pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'application/zip'],
  [[0x1f, 0x8b], 'application/gzip'],
  [[0x52, 0x49, 0x46, 0x46], 'image/webp'],
  [[0x49, 0x44, 0x33], 'audio/mpeg'],
  [[0x4f, 0x67, 0x67, 0x53], 'audio/ogg'],
]

function sniffBytes(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1]
}

function sniffText(text: string): string {
  const trimmed = text.trimStart()
  if (/^[[{]/.test(trimmed)) {
    try {
      JSON.parse(text)
      return 'application/json'
    } catch {
      // not JSON after all
    }
  }
  if (/^<svg[\s>]/i.test(trimmed) || (/^<\?xml/i.test(trimmed) && /<svg[\s>]/i.test(trimmed)))
    return 'image/svg+xml'
  if (/^<!doctype html|^<html[\s>]/i.test(trimmed)) return 'text/html'
  if (/^<\?xml/i.test(trimmed)) return 'application/xml'
  if (/^(#{1,6} |[-*] |\d+\. )/m.test(text) && /\n/.test(text)) return 'text/markdown'
  return 'text/plain'
}

/** What a resource's content says about itself, or undefined when there is none. */
export interface MimeHints {
  name?: string | null | undefined
  uri?: string | null | undefined
  text?: string | null | undefined
  blob?: Buffer | null | undefined
}

/** Detects a MIME type from the file name or URI extension, then from the content itself. */
export function detectMimeType(hints: MimeHints): string | undefined {
  for (const candidate of [hints.uri, hints.name]) {
    if (!candidate) continue
    const path = candidate.replace(/[?#].*$/, '')
    const type = /\.[A-Za-z0-9]+$/.test(path) ? mime.getType(path) : null
    if (type) return type
  }
  if (hints.blob) return sniffBytes(hints.blob) ?? 'application/octet-stream'
  if (hints.text != null) return sniffText(hints.text)
  return undefined
}
