import { z } from 'zod'
import type { HookOutcome, Plugin } from '../plugin.js'
import { defineBuiltin } from './builtin.js'
import { mapStrings } from './json-strings.js'

/** The kinds of personal data `pii-mask` finds. */
export const PII_TYPES = ['card', 'ssn', 'nino', 'email', 'phone'] as const

/** One kind of personal data. */
export type PiiType = (typeof PII_TYPES)[number]

/** `pii-mask` options. */
export const PiiMaskConfigSchema = z.strictObject({
  /** Which kinds to mask (all by default). */
  types: z
    .array(z.enum(PII_TYPES))
    .min(1)
    .default([...PII_TYPES]),
  /** Mask call and prompt arguments too (results are always masked). */
  maskArguments: z.boolean().default(false),
  /** Replacement per kind; `[EMAIL]`, `[PHONE]`, `[CARD]`, `[SSN]`, `[NINO]` by default. */
  replacements: z.partialRecord(z.enum(PII_TYPES), z.string()).default({}),
})

/** Validated `pii-mask` options. */
export type PiiMaskConfig = z.infer<typeof PiiMaskConfigSchema>

/** True when the digits pass the Luhn checksum of payment card numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

/**
 * True when the digits may be a payment card number: they start as the card networks' do (3 to
 * 6, or 2221-2720 for Mastercard's 16-digit 2-series) and pass the Luhn checksum. Ids and
 * millisecond timestamps, which start with 1 for years to come, are left alone.
 */
function cardLike(digits: string): boolean {
  const prefix = Number(digits.slice(0, 4))
  const network = digits.startsWith('2')
    ? digits.length === 16 && prefix >= 2221 && prefix <= 2720
    : /^[3-6]/.test(digits)
  return network && luhnValid(digits)
}

// Order matters: cards and national ids before phone numbers, which would match their digits.
const PATTERNS: Record<PiiType, { pattern: RegExp; accept?: (match: string) => boolean }> = {
  card: {
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    accept: (match) => cardLike(match.replace(/\D/g, '')),
  },
  ssn: {
    pattern: new RegExp(
      [
        // 123-45-6789
        /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/,
        // 123 45 6789, but not within a longer run of digit groups
        /(?<!\d )\b(?!000|666|9\d\d)\d{3} (?!00)\d{2} (?!0000)\d{4}\b(?! \d)/,
      ]
        .map((part) => part.source)
        .join('|'),
      'g',
    ),
  },
  // in either case (ab 12 34 56 c), without the prefixes HMRC never issues
  nino: {
    pattern:
      /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
  },
  email: {
    // a match starts only where a run of local-part characters starts: a long run without an @
    // is then scanned once, not once from each of its characters
    pattern:
      /(?<![A-Za-z0-9._%+-]'?)[A-Za-z0-9._%+-]+(?:'[A-Za-z0-9._%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  },
  phone: {
    pattern: new RegExp(
      [
        // +CC, or a North American trunk 1, then an area code and two groups: +1 415-555-0132, 1-800-555-0199
        /(?<![\w+])(?<!\d[ .-])(?:\+\d{1,3}[ .-]?|1[ .-])?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]?\d{3,4}\b(?![ .-]\d)/,
        // +CC then groups of one to four digits: +33 1 23 45 67 89, +49 30 1234 5678
        /\+\d{1,3}(?:[ .-]\d{1,4}){2,6}\b(?![ .-]\d)/,
        // a UK number with a five-digit area code: 07700 900123, 01632 960001
        /(?<![\w+])(?<!\d[ .-])0\d{4}[ .-]?\d{6}\b(?![ .-]\d)/,
        // a French-style national number in pairs: 01 23 45 67 89
        /(?<![\w+])(?<!\d[ .-])0\d(?:[ .-]\d{2}){4}\b(?![ .-]\d)/,
        // E.164 without separators: +447700900123
        /\+\d{8,15}\b/,
      ]
        .map((part) => part.source)
        .join('|'),
      'g',
    ),
    accept: (match) => digitCount(match) >= 8 && digitCount(match) <= 15,
  },
}

const digitCount = (text: string) => text.replace(/\D/g, '').length

/** Replaces every match of the chosen kinds in a string. */
export function maskPii(
  text: string,
  types: readonly PiiType[],
  replacements: Partial<Record<PiiType, string>> = {},
): string {
  let out = text
  for (const type of PII_TYPES) {
    if (!types.includes(type)) continue
    const { pattern, accept } = PATTERNS[type]
    const replacement = replacements[type] ?? `[${type.toUpperCase()}]`
    out = out.replace(pattern, (match) => (accept && !accept(match) ? match : replacement))
  }
  return out
}

/** Masks emails, phone numbers, payment card numbers (Luhn-checked) and national ids. */
export const piiMask = defineBuiltin({
  configSchema: PiiMaskConfigSchema,
  create(config): Plugin {
    const mask = (text: string) => maskPii(text, config.types, config.replacements)
    const pre = <P extends { arguments: Record<string, unknown> }>(payload: P): HookOutcome<P> => ({
      payload: { ...payload, arguments: mapStrings(payload.arguments, mask) as P['arguments'] },
    })
    const post = <P extends { result: Record<string, unknown> }>(payload: P): HookOutcome<P> => ({
      payload: { ...payload, result: mapStrings(payload.result, mask, true) as P['result'] },
    })
    return {
      ...(config.maskArguments && { toolPreInvoke: pre, promptPreRender: pre }),
      toolPostInvoke: post,
      promptPostRender: post,
      resourcePostRead: post,
    }
  },
})
