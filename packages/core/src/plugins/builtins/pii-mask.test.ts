import { describe, expect, it } from 'vitest'
import { canonicalJson } from './cache.js'
import { findString, mapStrings } from './json-strings.js'
import { luhnValid, maskPii, PII_TYPES } from './pii-mask.js'

describe('pii-mask patterns', () => {
  it('masks emails, phone numbers, Luhn-valid card numbers and national ids', () => {
    const text =
      'Mail jane.doe@example.com or call +1 415-555-0132 or +442071838750; card 4111 1111 1111 1111 or 5500-0000-0000-0004; SSN 123-45-6789; NINO AB 12 34 56 C.'
    expect(maskPii(text, PII_TYPES)).toBe(
      'Mail [EMAIL] or call [PHONE] or [PHONE]; card [CARD] or [CARD]; SSN [SSN]; NINO [NINO].',
    )
  })

  it('masks a whole e-mail address with an apostrophe, leaving quotes around one alone', () => {
    expect(maskPii("Mail o'brien@example.com or 'jane@example.com'", ['email'])).toBe(
      "Mail [EMAIL] or '[EMAIL]'",
    )
  })

  it('masks phone numbers in common national and international formats', () => {
    const numbers = [
      '1-800-555-0199',
      '1 (415) 555-0132',
      '07700 900123',
      '01632 960001',
      '01 23 45 67 89',
      '+33 1 23 45 67 89',
      '+49 30 1234 5678',
      '+44 7700 900123',
    ]
    for (const number of numbers)
      expect(maskPii(`call ${number} now`, ['phone'])).toBe('call [PHONE] now')
  })

  it('leaves dates, times, addresses and versions that look like digit groups alone', () => {
    const text =
      'at 2024-01-15 10:30:00, host 192.168.100.100, v1.2.3.4, order 1 234 567, isbn 978-3-16-148410-0, at +51.5074 -0.1278'
    expect(maskPii(text, ['phone'])).toBe(text)
  })

  it('masks US social security numbers with spaces and UK national insurance numbers in any case', () => {
    expect(maskPii('SSN 123 45 6789 or 123-45-6789', ['ssn'])).toBe('SSN [SSN] or [SSN]')
    const ninos = 'ab 12 34 56 c, ab123456c, Ab 123456 d, AB123456C'
    expect(maskPii(ninos, ['nino'])).toBe('[NINO], [NINO], [NINO], [NINO]')
  })

  it('masks the card numbers of every major network, Mastercard 2-series included', () => {
    const cards = ['2223000048400011', '378282246310005', '30569309025904', '6011111111111117']
    for (const card of cards) expect(maskPii(`card ${card}`, ['card'])).toBe('card [CARD]')
  })

  it('leaves ordinary numbers alone: ids, timestamps, amounts, dates, versions', () => {
    // 1718236800005 passes the Luhn check but no card number starts with 1; a bare ten-digit
    // number (2025550143) may be a US phone number, but as often an id or a Unix time: left alone
    const text = [
      'order 1234567890123, created 1718236800005 (1718236800), id 2025550143',
      'total 1,234,567.89 or 1 234 567,89, at 2024-01-15T10:30:00Z, v10.22.333',
      'build 123 45 67890, in groups 12 123 45 6789, GB 12 34 56 A, tn123456c, 000 12 3456',
    ].join('; ')
    expect(maskPii(text, PII_TYPES)).toBe(text)
  })

  it('scans a long run without an @ once, not once from each of its characters', () => {
    // quadratic before: 40,000 characters took seconds, these would take minutes
    for (const run of ['a'.repeat(400_000), "a'".repeat(200_000), 'a.'.repeat(200_000)])
      expect(maskPii(run, ['email'])).toBe(run)
  })

  it('leaves numbers that fail the Luhn check, invalid SSNs and unselected kinds alone', () => {
    expect(luhnValid('4111111111111111')).toBe(true)
    expect(luhnValid('1234567890123456')).toBe(false)
    expect(maskPii('order 1234 5678 9012 3456', PII_TYPES)).toBe('order 1234 5678 9012 3456')
    expect(maskPii('id 000-12-3456 and 666-12-3456', ['ssn'])).toBe(
      'id 000-12-3456 and 666-12-3456',
    )
    expect(maskPii('jane@example.com 123-45-6789', ['ssn'], { ssn: '***' })).toBe(
      'jane@example.com ***',
    )
  })
})

describe('mapStrings', () => {
  it('keeps a "__proto__" key as data (masked like any other), never as the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"email": "jane@example.com"}}') as object
    const masked = mapStrings(hostile, (text) => maskPii(text, PII_TYPES)) as Record<
      string,
      unknown
    >
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype)
    expect(masked.email).toBeUndefined()
    expect(JSON.stringify(masked)).toBe('{"__proto__":{"email":"[EMAIL]"}}')
  })

  it('masks keys too (data can be a key), but not the opaque parts of a result', () => {
    const mask = (text: string) => maskPii(text, PII_TYPES)
    expect(mapStrings({ 'jane@example.com': { note: 'x' } }, mask)).toEqual({
      '[EMAIL]': { note: 'x' },
    })
    const result = { content: [{ type: 'text', text: 'a@b.io' }], _meta: { 'a@b.io': 1 } }
    expect(mapStrings(result, mask, true)).toEqual({
      content: [{ type: 'text', text: '[EMAIL]' }],
      _meta: { 'a@b.io': 1 },
    })
  })
})

describe('findString', () => {
  it('finds a match in an object key as in a value', () => {
    const secret = (text: string) => /sk-[A-Za-z0-9]{20,}/.test(text)
    expect(findString({ obj: { 'sk-ABCDEFGHIJKLMNOPQRSTUVWX': 1 } }, secret)).toBe(
      'sk-ABCDEFGHIJKLMNOPQRSTUVWX',
    )
    expect(findString(['sk-ABCDEFGHIJKLMNOPQRSTUVWX'], secret)).toBe('sk-ABCDEFGHIJKLMNOPQRSTUVWX')
    expect(findString({ a: [1, 'short'] }, secret)).toBeUndefined()
  })

  it("skips a result's opaque keys in content blocks, never in structuredContent", () => {
    const secret = (text: string) => text.includes('sk-')
    const result = {
      content: [{ type: 'image', data: 'sk-in-base64', mimeType: 'image/png' }],
      structuredContent: { items: [{ data: 'sk-leaked', type: 'sk-kind' }] },
    }
    expect(findString(result, secret, true)).toBe('sk-leaked')
    expect(findString({ content: result.content }, secret, true)).toBeUndefined()
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every depth so that equal arguments give one cache key', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x', u: undefined })).toBe(
      canonicalJson({ a: 'x', b: [{ c: 2, d: 1 }] }),
    )
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }))
  })
})
