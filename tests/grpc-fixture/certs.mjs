// Test certificates made with the openssl CLI: a CA, a server certificate for 127.0.0.1 and
// localhost, and a client certificate, all signed by that CA (valid for one day).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']

/**
 * Creates a CA, a server and a client certificate in a new temporary folder; returns their PEM
 * text, their file paths and `remove()` to delete the folder.
 */
export function createTestCerts() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-certs-'))
  const file = (name) => join(dir, name)
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '1',
    '-subj',
    '/CN=Switchyard test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )
  const sign = (name, extensions) => {
    writeFileSync(file(`${name}.ext`), extensions)
    openssl('req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`)
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '1',
      '-extfile',
      `${name}.ext`,
    )
  }
  sign('server', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n')
  sign('client', 'extendedKeyUsage=clientAuth\n')
  const pem = (name) => readFileSync(file(name), 'utf8')
  return {
    dir,
    ca: pem('ca.crt'),
    server: { key: pem('server.key'), cert: pem('server.crt') },
    client: { key: pem('client.key'), cert: pem('client.crt') },
    paths: {
      ca: file('ca.crt'),
      serverKey: file('server.key'),
      serverCert: file('server.crt'),
      clientKey: file('client.key'),
      clientCert: file('client.crt'),
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
