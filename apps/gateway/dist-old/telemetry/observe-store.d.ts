import type { StoreQueryHook } from '@switchyard/core';
import type { Tracing } from './tracing.js';
/**
 * A CLIENT span per store statement (`SELECT tools`, `BEGIN`, ...), under the span active where it
 * ran. Kysely reports a statement once it is done, so the span is made with its measured times.
 */
export declare function observeStore(tracing: Tracing): StoreQueryHook;
//# sourceMappingURL=observe-store.d.ts.map