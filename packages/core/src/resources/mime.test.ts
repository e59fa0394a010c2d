import { describe, expect, it } from 'vitest'
import { detectMimeType } from './mime.js'

describe('detectMimeType', () => {
  it('reads the extension of the URI first, then of the name', () => {
    expect(detectMimeType({ uri: 'file:///docs/readme.md', text: '{}' })).toBe('text/markdown')
    expect(detectMimeType({ uri: 'config://app', name: 'settings.json' })).toBe('application/json')
    expect(detectMimeType({ uri: 'https://x.test/a.csv?x=1' })).toBe('text/csv')
  })
  it('sniffs text content when no extension tells', () => {
    expect(detectMimeType({ uri: 'memo://a', text: '{"a": 1}' })).toBe('application/json')
    expect(detectMimeType({ uri: 'memo://a', text: '{not json' })).toBe('text/plain')
    expect(detectMimeType({ uri: 'memo://a', text: '<!DOCTYPE html><p>hi' })).toBe('text/html')
    expect(
      detectMimeType({ uri: 'memo://a', text: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
    ).toBe('image/svg+xml')
    expect(detectMimeType({ uri: 'memo://a', text: '# Title\n\n- item' })).toBe('text/markdown')
    expect(detectMimeType({ uri: 'memo://a', text: 'just words' })).toBe('text/plain')
  })
  it('sniffs binary content by its magic bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])
    expect(detectMimeType({ uri: 'blob://a', blob: png })).toBe('image/png')
    expect(detectMimeType({ uri: 'blob://a', blob: Buffer.from('%PDF-1.7') })).toBe(
      'application/pdf',
    )
    expect(detectMimeType({ uri: 'blob://a', blob: Buffer.from([1, 2, 3]) })).toBe(
      'application/octet-stream',
    )
  })
  it('says nothing when there is nothing to go on', () => {
    expect(detectMimeType({ uri: 'memo://a' })).toBeUndefined()
  })
})
