/** The client's address from the socket (`@hono/node-server` binds `incoming`); never from headers. */
export function remoteAddressOf(c) {
    const env = c.env;
    return env?.incoming?.socket.remoteAddress;
}
//# sourceMappingURL=remote-address.js.map