import { describe, expect, it } from 'vitest'
import { hasDotSegments } from './dot-segments.js'

describe('hasDotSegments', () => {
  it('finds plain, encoded, double-encoded and backslashed traversal', () => {
    for (const uri of [
      'file:///srv/data/../../etc/passwd',
      'test://static/resource/..',
      'test://static/resource/%2e%2e/%2e%2e/etc/passwd',
      'test://static/resource/%2E%2E%2Fsecret',
      'test://static/resource/%252e%252e%252fsecret',
      'test://static/resource/..\\..\\windows',
      'test://static/./resource',
    ]) {
      expect(hasDotSegments(uri), uri).toBe(true)
    }
  })

  it('lets ordinary URIs through, dots inside names included', () => {
    for (const uri of [
      'test://static/resource/1',
      'file:///srv/data/report.v2.pdf',
      'https://example.com/a/..b/c..',
      'test://static/resource/%20space',
    ]) {
      expect(hasDotSegments(uri), uri).toBe(false)
    }
  })
})
