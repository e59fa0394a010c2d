import { describe, expect, it } from 'vitest'
import { processProblems, type ProcessDraft } from './gateway-process'

const draft = (change: Partial<ProcessDraft>): ProcessDraft => ({
  command: 'node',
  args: [],
  env: [],
  cwd: '',
  ...change,
})
const defined = (problems: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(problems).filter(([, message]) => message !== undefined))

describe("the stdio form's checks of the API's limits", () => {
  it('names the row of an over-long name or value, or one with a NUL character', () => {
    const env = [
      ['A'.repeat(257), 'x'],
      ['LONG', 'x'.repeat(32_769)],
      ['NUL', 'a\0b'],
      ['FINE', 'x'.repeat(32_768)],
    ]
    expect(defined(processProblems(draft({ env })))).toEqual({
      'env.0': 'Keep the name to 256 characters.',
      'env.1': 'Keep the value to 32,768 characters.',
      'env.2': 'Remove the NUL character.',
    })
  })

  it('counts variables, and the bytes of everything together', () => {
    const many = Array.from({ length: 257 }, (_, i) => [`V${i}`, 'x'])
    expect(processProblems(draft({ env: many })).env).toBe('Set at most 256 variables.')
    // 40 values of 30,000 characters are each within the limit, but pass 1 MiB together
    const big = Array.from({ length: 40 }, (_, i) => [`V${i}`, 'x'.repeat(30_000)])
    expect(processProblems(draft({ env: big })).env).toMatch(
      /^The command, arguments and variables take 1,200,\d{3} bytes together; keep them to 1,048,576 \(1 MiB\)\.$/,
    )
    // two-byte characters count twice; with no variables the arguments are named
    const args = Array.from({ length: 256 }, () => ['é'.repeat(4096)])
    expect(processProblems(draft({ args })).args).toMatch(/take 2,097,\d{3} bytes together/)
  })
})
