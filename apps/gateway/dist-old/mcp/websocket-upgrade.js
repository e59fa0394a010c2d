import { STATUS_CODES } from 'node:http';
import { originAllowed } from '@switchyard/transports';
import { WebSocketServer } from 'ws';
import { auditEntry } from '../audit/audit-entry.js';
import { toGatewayError } from '../http/error-response.js';
const WS_PATH = /^(\/v1)?(\/servers\/([^/]+))?\/ws\/?$/;
function serverIdOf(pathname) {
    const id = WS_PATH.exec(pathname)?.[3];
    return id === undefined ? undefined : decodeURIComponent(id);
}
function refuse(socket, status, reason, headers, code) {
    const extra = Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
    const body = JSON.stringify({ detail: reason, code });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${extra}content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}
/** Upgrades `/ws` and `/servers/{id}/ws` (also under /v1) to JSON-RPC over WebSocket, after authentication. */
export function attachWebSockets(server, mcp, auth, maxMessageBytes, guard) {
    const wss = new WebSocketServer({
        noServer: true,
        // Above the face's own limit, so that the face answers an oversized message itself.
        maxPayload: maxMessageBytes * 2,
        handleProtocols: (protocols) => (protocols.has('mcp') ? 'mcp' : false),
    });
    const onUpgrade = (req, socket, head) => {
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
        if (!WS_PATH.test(url.pathname))
            return refuse(socket, 404, `no WebSocket endpoint at ${url.pathname}`, {}, 'NOT_FOUND');
        const deny = (status, reason, principal) => {
            const requestId = req.headers['x-request-id'];
            const request = {
                method: 'GET',
                path: url.pathname,
                principal,
                clientAddress: req.socket.remoteAddress ?? null,
                requestId: typeof requestId === 'string' ? requestId : undefined,
            };
            guard.audit.record(auditEntry(request, 'denied', status, { reason }));
        };
        const origin = req.headers.origin;
        auth
            .authenticate(req.headers.authorization, req.socket.remoteAddress)
            .then((principal) => {
            auth.assertServerAccess(principal, serverIdOf(url.pathname));
            return principal;
        })
            .then((principal) => {
            if (origin && guard.allowedOrigins && !originAllowed(origin, guard.allowedOrigins)) {
                deny(403, 'Forbidden: origin not allowed', principal);
                return refuse(socket, 403, 'Forbidden: origin not allowed', {}, 'FORBIDDEN');
            }
            wss.handleUpgrade(req, socket, head, (ws) => {
                const headers = new Headers();
                for (const [name, value] of Object.entries(req.headers))
                    if (typeof value === 'string')
                        headers.set(name, value);
                mcp.websocket(ws, new Request(url, { headers }), principal);
            });
        }, (error) => {
            const failure = toGatewayError(error);
            const status = failure.mapping.status;
            if (status === 401 || status === 403)
                deny(status, failure.message);
            refuse(socket, status, failure.message, failure.headers, failure.code);
        });
    };
    server.on('upgrade', onUpgrade);
    return () => {
        server.off('upgrade', onUpgrade);
        wss.close();
    };
}
//# sourceMappingURL=websocket-upgrade.js.map