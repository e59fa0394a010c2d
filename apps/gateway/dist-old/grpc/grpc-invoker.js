import { errorResult, GatewayError, isGatewayError } from '@switchyard/core';
import { targetOptions } from './grpc-discoverer.js';
import { fromBridgeError } from './grpc-errors.js';
import { loadGrpcBridge } from './load-bridge.js';
import { pinnedTarget } from './pinned-target.js';
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Calls gRPC tools over one channel per service, built from the descriptors stored at the last
 * reflection (no reflection per call) and rebuilt when the service changes. Server-streaming
 * messages are reported as progress. Each channel is pinned to an address the URL policy allows.
 * The request's trace context is added to each call's metadata.
 */
export function createGrpcInvoker(catalog, urlPolicy) {
    const bridges = new Map();
    function bridgeFor(service) {
        const cached = bridges.get(service.id);
        if (cached?.updatedAt === service.updatedAt)
            return cached.bridge;
        void cached?.bridge.then((bridge) => bridge.close(), () => undefined);
        const bridge = Promise.all([
            loadGrpcBridge(),
            pinnedTarget(targetOptions(service), urlPolicy),
        ]).then(([{ createGrpcBridge }, target]) => createGrpcBridge({
            ...target,
            descriptorSet: Buffer.from(service.descriptorSet, 'base64'),
            services: service.services,
        }));
        // A refused or failed target is tried afresh on the next call.
        void bridge.catch(() => {
            if (bridges.get(service.id)?.bridge === bridge)
                bridges.delete(service.id);
        });
        bridges.set(service.id, { updatedAt: service.updatedAt, bridge });
        return bridge;
    }
    /**
     * The call's metadata: caller headers the service forwards (`X-Upstream-Authorization` becomes
     * `authorization`), then the trace context.
     */
    function metadataOf(service, context) {
        const metadata = {};
        for (const name of service.passthroughHeaders) {
            const value = context.httpHeaders?.get(name);
            if (value === null || value === undefined)
                continue;
            const lower = name.toLowerCase();
            metadata[lower === 'x-upstream-authorization' ? 'authorization' : lower] = value;
        }
        return context.traceContext ? Object.assign(metadata, context.traceContext) : metadata;
    }
    async function invoke(tool, args, context) {
        const service = tool.grpcServiceId
            ? catalog.current().grpcServices.get(tool.grpcServiceId)
            : undefined;
        if (!service)
            throw new GatewayError('NOT_FOUND', `the gRPC service of tool '${tool.name}' is not enabled`);
        try {
            return await (await bridgeFor(service)).call(tool.originalName, args, {
                timeoutMs: tool.timeoutMs ?? service.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                metadata: metadataOf(service, context),
                signal: context.signal,
                onMessage: (message, count) => void context.sendProgress(count, undefined, JSON.stringify(message)),
            });
        }
        catch (error) {
            const failure = await fromBridgeError(error);
            // arguments the service's message types refuse: a tool error the model can correct (SEP-1303)
            if (isGatewayError(failure) && failure.code === 'VALIDATION_FAILED')
                return errorResult(failure.message);
            throw failure;
        }
    }
    return {
        invoke,
        close() {
            for (const { bridge } of bridges.values())
                void bridge.then((opened) => opened.close(), () => undefined);
            bridges.clear();
        },
    };
}
//# sourceMappingURL=grpc-invoker.js.map