import { describe, expect, it } from 'vitest'
import { polynomialDegree } from './polynomial-degree.js'
import { parseRegex } from './regex-tree.js'

const degreeOf = (pattern: string) => polynomialDegree(parseRegex(pattern, ''), 500_000)

describe('polynomialDegree', () => {
  it.each([
    ['TOPSECRET', 1, []],
    ['.*x', 2, ['.*']],
    ['\\d+x', 2, ['\\d+']],
    ['.*foo.*', 2, ['.*']],
    ['\\s*x\\s*y\\s*', 2, ['\\s*']],
    ['a+b+c+', 2, ['a+']],
    ['.*.*.*', 1, []],
    ['(\\w+)\\1\\1', 2, ['\\w+']],
    ['a.*b.*c', 3, ['.*', '.*']],
    ['BEGIN.*KEY.*END', 3, ['.*', '.*']],
    ['.*foo.*$', 3, ['.*', '.*']],
    ['\\s*\\s*!', 3, ['\\s*', '\\s*']],
    ['.*a.*b.*c', 4, ['.*', '.*', '.*']],
  ])('gives %s degree %i', (pattern, degree, parts) => {
    expect(degreeOf(pattern)).toEqual({ degree, parts })
  })

  it('leaves a chain too large to work out within the budget undecided', () => {
    expect(polynomialDegree(parseRegex('a.*b.*c.*d', ''), 100)).toBeUndefined()
    expect(polynomialDegree(parseRegex('a.*b.*c.*d', ''), 500_000)?.degree).toBe(4)
  })
})
