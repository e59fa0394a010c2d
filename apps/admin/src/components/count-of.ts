/** A number and its noun, singular for one: "1 tool", "0 tools", "2 resource templates". */
export const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
