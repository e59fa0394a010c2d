import { SECRET_MASK } from '@switchyard/core'

/** Credentials that may hide inside free text (error messages, URLs): what they look like. */
const PATTERNS: [RegExp, string][] = [
  // Authorization header values
  [/\b(Bearer|Basic|DPoP)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${SECRET_MASK}`],
  // user:password@ in URLs
  [/(\/\/)[^/\s:@"]+:[^/\s@"]+@/g, `$1${SECRET_MASK}@`],
  // a DPoP-bound token's private key (a JWK kept with the tokens), whole
  [/("dpop_jwk"\s*:\s*)\{[^}]*\}/g, `$1"${SECRET_MASK}"`],
  // PEM private keys (an upstream's private_key_jwt key), whole
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, SECRET_MASK],
  // password=..., token=..., secret=... in query strings and key=value text
  [
    /\b([\w-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key)[\w-]*)=([^&\s"]+)/gi,
    `$1=${SECRET_MASK}`,
  ],
  // "password": "..." (and the like) in JSON
  [
    /("[\w-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key|authorization|cookie)[\w-]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi,
    `$1"${SECRET_MASK}"`,
  ],
]

/** A log line with credentials masked, whatever field or message they are in. */
export function scrubSecrets(line: string): string {
  let out = line
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement)
  return out
}
