// Numbers compared as numbers (tool_2 before tool_10), letters without regard to case or accents.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Compares two names as people read them. */
export const naturalCompare = (a: string, b: string): number => collator.compare(a, b)

/** A copy of `items` in natural order of `key`; ties keep the order they came in. */
export function inNaturalOrder<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => naturalCompare(key(a), key(b)))
}

/** A copy of `items` in natural order of their names. */
export const byName = <T extends { name: string }>(items: readonly T[]): T[] =>
  inNaturalOrder(items, (item) => item.name)
