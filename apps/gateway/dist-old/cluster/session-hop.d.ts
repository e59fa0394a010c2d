/** The header that marks a request relayed by another replica of the deployment. */
export declare const HOP_HEADER = "switchyard-hop";
/** Signs and checks relayed requests with a secret every replica shares. */
export interface SessionHop {
    /** The proof for a request about to be relayed. */
    sign(method: string, url: URL, sessionId: string): string;
    /** Whether `proof` was made by a replica for this request within the last minute. */
    verify(proof: string, method: string, url: URL, sessionId: string): boolean;
}
/** A hop signer keyed from the deployment's shared secret (AUTH_ENCRYPTION_SECRET). */
export declare function createSessionHop(secret: string): SessionHop;
//# sourceMappingURL=session-hop.d.ts.map