/** PEM text and files of a test CA and the server and client certificates it signed. */
export interface TestCerts {
  dir: string
  ca: string
  server: { key: string; cert: string }
  client: { key: string; cert: string }
  paths: {
    ca: string
    serverKey: string
    serverCert: string
    clientKey: string
    clientCert: string
  }
  /** Deletes the folder. */
  remove(): void
}

/** Creates a CA, a server certificate (127.0.0.1, localhost) and a client certificate with openssl. */
export function createTestCerts(): TestCerts
