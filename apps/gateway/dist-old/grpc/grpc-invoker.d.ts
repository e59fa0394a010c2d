import type { CatalogHolder, ToolInvoker, UrlPolicy } from '@switchyard/core';
/** The invoker of gRPC tools, and a way to close its channels. */
export interface GrpcInvoker {
    invoke: ToolInvoker;
    close(): void;
}
/**
 * Calls gRPC tools over one channel per service, built from the descriptors stored at the last
 * reflection (no reflection per call) and rebuilt when the service changes. Server-streaming
 * messages are reported as progress. Each channel is pinned to an address the URL policy allows.
 * The request's trace context is added to each call's metadata.
 */
export declare function createGrpcInvoker(catalog: CatalogHolder, urlPolicy?: UrlPolicy): GrpcInvoker;
//# sourceMappingURL=grpc-invoker.d.ts.map