/** The proto file the server serves. */
export const PROTO_PATH: string

/** PEM material for TLS; `ca` and `requireClientCert` make it mutual TLS. */
export interface ShopTls {
  key: string
  cert: string
  ca?: string
  requireClientCert?: boolean
}

/** A running shop server. */
export interface ShopServer {
  target: string
  port: number
  /** Sleep calls that were cancelled (by the client or their deadline) before they answered. */
  readonly cancelledSleeps: number
  close(): Promise<void>
}

/**
 * Starts the shop server on 127.0.0.1 (a free port unless `port` is given); `reflection: 'v1alpha'`
 * serves only the v1alpha reflection service; `broken: true` also lists two services reflection
 * cannot describe: broken.v1.Lost (imports gone/gone.proto, which the server does not have) and
 * broken.v1.Garbled (refers to broken.v1.Nowhere, which nothing defines); `'only'` lists only those.
 */
export function startShopServer(options?: {
  reflection?: boolean | 'v1alpha'
  broken?: boolean | 'only'
  tls?: ShopTls
  port?: number
}): Promise<ShopServer>
