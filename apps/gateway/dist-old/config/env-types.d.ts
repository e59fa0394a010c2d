import { z } from 'zod';
/** A non-empty string, trimmed. */
export declare function text(): z.ZodString;
/** A whole number from `min` (to `max` when given), from its decimal digits. */
export declare function wholeNumber(min: number, max?: number): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
/** A number greater than zero, decimals allowed (such as `0.5`). */
export declare function positiveNumber(): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
/** A number from 0 to 1, decimals allowed (such as `0.25`). */
export declare function fraction(): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
/** A boolean written true/false, 1/0 or yes/no, in any case. */
export declare function flag(): z.ZodPipe<z.ZodString, z.ZodTransform<boolean, string>>;
/** One of fixed values; `fold` makes the match case-insensitive, giving the canonical case. */
export declare function oneOf<const T extends readonly [string, ...string[]]>(values: T, fold?: 'lower' | 'upper'): z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{ [k_1 in T[number]]: k_1; } extends infer T_1 ? { [k in keyof T_1]: T_1[k]; } : never>>;
/** An absolute URL whose scheme is one of `protocols` (such as `https:`). */
export declare function urlOf(protocols: readonly string[], error: string): z.ZodString;
/** A database URL: `sqlite:///path/to/file.db` or `postgres(ql)://...`. */
export declare function databaseUrl(): z.ZodString;
/** An e-mail address, trimmed. */
export declare function email(): z.ZodPipe<z.ZodString, z.ZodEmail>;
/** Any string kept exactly as given (secrets: no trimming). */
export declare function secret(): z.ZodString;
/** A comma-separated list of non-empty items, trimmed. */
export declare function list(): z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>;
/** A request budget written `requests/windowSeconds`, such as `100/60`. */
export declare function rate(): z.ZodPipe<z.ZodString, z.ZodTransform<{
    requests: number;
    windowSeconds: number;
}, string>>;
/** Comma-separated `name=value` pairs (W3C baggage style), such as OTLP headers. */
export declare function pairs(): z.ZodPipe<z.ZodString, z.ZodTransform<{
    [k: string]: string;
}, string>>;
//# sourceMappingURL=env-types.d.ts.map