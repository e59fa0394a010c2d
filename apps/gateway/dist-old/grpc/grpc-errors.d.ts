/** A grpc-bridge failure as the gateway's error; anything else as it is. */
export declare function fromBridgeError(error: unknown): Promise<unknown>;
//# sourceMappingURL=grpc-errors.d.ts.map