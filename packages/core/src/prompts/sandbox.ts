import nunjucks from 'nunjucks'

const FORBIDDEN_MEMBERS = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
])

/** Largest `range()` a template may build. */
export const MAX_RANGE = 10_000

type MemberLookup = (obj: unknown, key: unknown) => unknown
const runtime = nunjucks.runtime as unknown as {
  memberLookup: MemberLookup
  __switchyardSandboxed?: true
}

// Every `a.b` and `a[b]` of a compiled template goes through runtime.memberLookup: guarding it there
// closes the constructor/prototype escapes for every template in the process.
if (!runtime.__switchyardSandboxed) {
  const lookup = runtime.memberLookup
  runtime.memberLookup = (obj, key) => {
    if (FORBIDDEN_MEMBERS.has(String(key))) {
      throw new Error(`'${String(key)}' may not be used in a prompt template`)
    }
    if (typeof obj === 'function')
      throw new Error('members of functions may not be used in a prompt template')
    return lookup(obj, key)
  }
  runtime.__switchyardSandboxed = true
}

function boundedRange(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop]
  if (step === 0) throw new Error('range() step must not be 0')
  const length = Math.max(0, Math.ceil((to - from) / step))
  if (length > MAX_RANGE) throw new Error(`range() may make at most ${MAX_RANGE} items`)
  return Array.from({ length }, (_, i) => from + i * step)
}

/** A nunjucks environment with no loaders (no include/import/extends) and a bounded range(). */
export function createSandboxEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment([], { autoescape: false, throwOnUndefined: false })
  env.addGlobal('range', boundedRange)
  return env
}
