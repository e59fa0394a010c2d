import type { UrlPolicy } from '@switchyard/core';
import type { GrpcTargetOptions } from '@switchyard/grpc-bridge';
/**
 * Resolves a `host:port` target and checks every address against the outbound URL policy, then
 * pins the channel to the checked address with the original name as `:authority` (and TLS name),
 * so the address connected to is the one checked. Throws FORBIDDEN_URL naming the rule. Targets
 * other than `host:port` (or `dns:///host:port`) are left as they are.
 */
export declare function pinnedTarget(options: GrpcTargetOptions, policy: UrlPolicy | undefined): Promise<GrpcTargetOptions>;
//# sourceMappingURL=pinned-target.d.ts.map