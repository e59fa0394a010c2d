import { Agent, fetch } from 'undici';
import { createSessionDirectory } from './session-directory.js';
import { createSessionHop, HOP_HEADER } from './session-hop.js';
// Headers that belong to one connection, not to the request or answer relayed over it.
const HOP_BY_HOP = [
    'connection',
    'keep-alive',
    'transfer-encoding',
    'content-length',
    'content-encoding',
    'host',
    'upgrade',
    'te',
    'trailer',
    'proxy-connection',
];
/** The relay of a replica in cluster mode (REDIS_URL set). */
export function createSessionRelay(options) {
    const directory = createSessionDirectory({
        redisUrl: options.redisUrl,
        prefix: options.prefix,
        self: options.self,
        onError: options.onError,
    });
    const hop = createSessionHop(options.secret);
    // A relayed GET stream holds its connection as long as the client listens: no body timeout, and
    // no cap on connections per owner (a capped pool would queue POSTs behind open streams).
    const agent = new Agent({ bodyTimeout: 0, headersTimeout: 300_000 });
    return {
        onSession: (sessionId, open) => open ? directory.opened(sessionId) : directory.closed(sessionId),
        route: (serve, sessionIdOf, isLocal) => async (request) => {
            const sessionId = sessionIdOf(request);
            const proof = request.headers.get(HOP_HEADER);
            if (proof !== null) {
                const url = new URL(request.url);
                const valid = sessionId !== null && hop.verify(proof, request.method, url, sessionId);
                // A relayed request is served here and never relayed again (no loops).
                return valid ? serve(request) : forgedHop();
            }
            if (sessionId === null || isLocal(sessionId))
                return serve(request);
            const owner = await directory.ownerOf(sessionId).catch((error) => {
                options.onError(error);
                return undefined;
            });
            if (owner === undefined || owner === options.self)
                return serve(request);
            return relay(request, owner, sessionId, { directory, hop, agent, onError: options.onError });
        },
        async close() {
            await directory.close();
            await agent.close();
        },
    };
}
async function relay(request, owner, sessionId, { directory, hop, agent, onError }) {
    const url = new URL(request.url);
    const headers = {};
    request.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.includes(name))
            headers[name] = value;
    });
    headers[HOP_HEADER] = hop.sign(request.method, url, sessionId);
    let answer;
    try {
        answer = await fetch(new URL(`${url.pathname}${url.search}`, owner), {
            method: request.method,
            headers,
            body: request.body,
            duplex: 'half',
            redirect: 'manual',
            signal: request.signal,
            dispatcher: agent,
        });
    }
    catch (error) {
        if (request.signal.aborted)
            throw error;
        // The owner is gone, and its sessions with it: 404 tells the client to initialize again.
        onError(error);
        await directory.forget(sessionId, owner).catch(onError);
        return sessionNotFound();
    }
    const answerHeaders = new Headers();
    answer.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.includes(name))
            answerHeaders.append(name, value);
    });
    return new Response(answer.body, {
        status: answer.status,
        headers: answerHeaders,
    });
}
function jsonRpcError(status, code, message) {
    return Response.json({ jsonrpc: '2.0', id: null, error: { code, message } }, { status });
}
function sessionNotFound() {
    return jsonRpcError(404, -32001, 'Session not found');
}
function forgedHop() {
    return jsonRpcError(403, -32003, `Forbidden: the ${HOP_HEADER} header is reserved for requests relayed between replicas and this one is not valid`);
}
//# sourceMappingURL=session-relay.js.map