/** Encodes a value for a JSON column (text in SQLite; PostgreSQL casts the text to jsonb). */
export function toJson(value: unknown): string {
  return JSON.stringify(value)
}

/** Decodes a JSON column: SQLite gives text, postgres.js gives parsed jsonb. */
export function fromJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback
  if (typeof value === 'string') return JSON.parse(value) as T
  return value as T
}

/** Encodes a boolean as the 0/1 integer both dialects store. */
export function toFlag(value: boolean): number {
  return value ? 1 : 0
}

/** Decodes a 0/1 column. */
export function fromFlag(value: unknown): boolean {
  return value === 1 || value === true || value === '1'
}

/** Encodes a value for a nullable JSON column: null (or nothing) stays SQL null. */
export function toNullableJson(value: unknown): string | null {
  return value === null || value === undefined ? null : toJson(value)
}

/** Whether two JSON values are equal, object keys in any order (PostgreSQL's jsonb reorders them). */
export function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): string =>
    JSON.stringify(value ?? null, (_, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
        : v,
    )
  return sorted(a) === sorted(b)
}
