import { errorMappings } from '@switchyard/core';
import { McpFaceError } from '@switchyard/transports';
/** Creates the counter. */
export function createInflightCalls() {
    let count = 0;
    const waiters = new Set();
    /** Each request under way: how to answer it with an error now. */
    const aborts = new Set();
    const done = () => {
        if (--count === 0)
            for (const wake of waiters)
                wake();
    };
    return {
        track: (backend) => ({
            ...backend,
            handle(method, params, context) {
                count++;
                // Answered by the backend or by abort(), whichever comes first; counted down once.
                return new Promise((resolve, reject) => {
                    aborts.add(reject);
                    const finish = () => {
                        if (aborts.delete(reject))
                            done();
                    };
                    const failed = (error) => {
                        finish();
                        // the backend's failure passes through as it is, whatever it threw
                        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
                        reject(error);
                    };
                    try {
                        backend.handle(method, params, context).then((result) => {
                            finish();
                            resolve(result);
                        }, failed);
                    }
                    catch (error) {
                        failed(error);
                    }
                });
            },
        }),
        get count() {
            return count;
        },
        drained(timeoutMs) {
            if (count === 0)
                return Promise.resolve(true);
            return new Promise((resolve) => {
                const wake = () => {
                    clearTimeout(timer);
                    waiters.delete(wake);
                    resolve(true);
                };
                const timer = setTimeout(() => {
                    waiters.delete(wake);
                    resolve(false);
                }, timeoutMs);
                waiters.add(wake);
            });
        },
        abort() {
            const error = new McpFaceError(errorMappings.UNAVAILABLE.jsonRpc, 'The gateway is shutting down and this call did not finish in time; call again');
            for (const reject of aborts) {
                aborts.delete(reject);
                done();
                reject(error);
            }
        },
    };
}
//# sourceMappingURL=inflight-calls.js.map