import { isA2aError, toAgentMessage, toToolResult, } from '@switchyard/a2a';
import { authHeaders, outboundRefusal, } from '@switchyard/core';
import { createPolicyFetch } from '../outbound/policy-fetch.js';
import { loadA2aClient } from './load-a2a.js';
const errorResult = (text) => ({
    content: [{ type: 'text', text }],
    isError: true,
});
/** Creates the invoker of `A2A` tools: one client per agent snapshot, progress from status updates. */
export function createA2aInvoker(options) {
    const clients = new WeakMap();
    const guarded = options.urlPolicy && createPolicyFetch(options.urlPolicy);
    const clientOf = async (agent) => {
        let client = clients.get(agent);
        if (!client) {
            const { createAgentClient, parseAgentCard } = await loadA2aClient();
            client = createAgentClient({
                card: parseAgentCard(agent.card),
                endpoint: {
                    url: agent.endpointUrl,
                    protocolBinding: agent.protocolBinding,
                    protocolVersion: agent.protocolVersion,
                },
                streaming: agent.streaming,
                headers: authHeaders(agent.auth),
                ...(guarded && { fetch: guarded.fetch }),
            });
            clients.set(agent, client);
        }
        return client;
    };
    const call = async (agent, args, callOptions) => {
        const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? 300_000;
        const signal = AbortSignal.any([callOptions.signal, AbortSignal.timeout(timeoutMs)]);
        let reply;
        try {
            reply = await (await clientOf(agent)).send(toAgentMessage(args), {
                signal,
                ...(callOptions.onStatus && { onStatus: callOptions.onStatus }),
                ...(callOptions.headers && { headers: callOptions.headers }),
            });
        }
        catch (error) {
            callOptions.signal.throwIfAborted();
            if (signal.aborted)
                return errorResult(`agent '${agent.name}': no answer within ${timeoutMs} ms`);
            const refused = outboundRefusal(error);
            if (refused)
                throw refused;
            if (isA2aError(error))
                return errorResult(`agent '${agent.name}': ${error.message}`);
            throw error;
        }
        return toToolResult(reply);
    };
    return {
        call,
        close: async () => {
            await guarded?.close();
        },
        async invoke(tool, args, context) {
            const agent = tool.a2aAgentId
                ? options.catalog.current().a2aAgents.get(tool.a2aAgentId)
                : undefined;
            if (!agent)
                return errorResult(`tool '${tool.name}' has no enabled A2A agent`);
            let step = 0;
            return call(agent, args, {
                signal: context.signal,
                ...(tool.timeoutMs !== null && { timeoutMs: tool.timeoutMs }),
                // the call continues the request's trace
                ...(context.traceContext && { headers: { ...context.traceContext } }),
                onStatus: (update) => void context.sendProgress(++step, undefined, update.text ? `${update.state}: ${update.text}` : update.state),
            });
        },
    };
}
//# sourceMappingURL=a2a-invoker.js.map