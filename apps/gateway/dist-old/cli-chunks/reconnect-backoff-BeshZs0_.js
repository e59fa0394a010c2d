// ../../packages/core/dist/store/reconnect-backoff.js
const reconnectBackoff = (attempt) => Math.min(attempt * .25, 1);
export { reconnectBackoff as t };
