import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { GatewayError } from '../errors.js'

/** Where outbound calls (REST tools, upstreams) may go. */
export interface UrlPolicyOptions {
  /** Hosts allowed; when non-empty, every other host is denied. Names (`*.example.com`) or CIDRs. */
  allow?: readonly string[]
  /** Hosts denied: names (`*.internal`) or CIDRs (`10.0.0.0/8`). */
  deny?: readonly string[]
  /** Denies loopback, private, link-local and other non-public addresses. */
  denyPrivate?: boolean
  /** Spares loopback (`localhost`, 127.0.0.0/8, ::1) from `denyPrivate`; deny rules still apply. */
  allowLoopback?: boolean
  /**
   * Denies the cloud instance metadata services (see METADATA): a URL there would hand the host's
   * cloud credentials to whoever registered it.
   */
  denyMetadata?: boolean
}

/** Decides outbound URLs and resolved addresses; a denial names the rule behind it. */
export interface UrlPolicy {
  /** Throws FORBIDDEN_URL naming the rule when the URL's host is denied. */
  check(url: string | URL): void
  /** Throws FORBIDDEN_URL when a resolved address is denied (checked on every connection). */
  checkAddress(host: string, address: string): void
}

type Rule = { text: string; matches: (host: string) => boolean }

function ruleOf(text: string): Rule {
  const pattern = text.trim().toLowerCase()
  if (pattern.includes('/')) {
    const [range, bits] = ipaddr.parseCIDR(pattern)
    return {
      text: pattern,
      matches: (host) => {
        if (!ipaddr.isValid(host)) return false
        const address = ipaddr.process(host)
        return address.kind() === range.kind() && address.match(range, bits)
      },
    }
  }
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1)
    return { text: pattern, matches: (host) => host.endsWith(suffix) }
  }
  return { text: pattern, matches: (host) => host === pattern }
}

/** Ranges that are not public internet: what `denyPrivate` refuses. */
const PRIVATE = new Set([
  'private',
  'loopback',
  'linkLocal',
  'uniqueLocal',
  'carrierGradeNat',
  'unspecified',
  'reserved',
])

/** The cloud instance metadata services: AWS (and its IPv6 and ECS task ones), GCP, Azure, Alibaba. */
const METADATA = new Set([
  '169.254.169.254',
  '169.254.170.2',
  'fd00:ec2::254',
  '100.100.100.200',
  'metadata.google.internal',
])

/** Builds a policy; without options, everything is allowed. Bad rules throw at once. */
export function createUrlPolicy(options: UrlPolicyOptions = {}): UrlPolicy {
  const allow = (options.allow ?? []).map(ruleOf)
  const deny = (options.deny ?? []).map(ruleOf)
  const refuse = (what: string, why: string): never => {
    throw new GatewayError('FORBIDDEN_URL', `outbound ${what} is denied by ${why}`)
  }
  const decide = (what: string, host: string) => {
    if (options.denyMetadata && METADATA.has(canonical(host)))
      refuse(what, `denyMetadata (${host} is a cloud instance metadata service)`)
    const denied = deny.find((rule) => rule.matches(host))
    if (denied) refuse(what, `the deny rule '${denied.text}'`)
    if (allow.length > 0 && !allow.some((rule) => rule.matches(host))) {
      refuse(what, `the allow list (${allow.map((rule) => rule.text).join(', ')})`)
    }
    if (options.denyPrivate) {
      if (host === 'localhost' || host.endsWith('.localhost')) {
        if (!options.allowLoopback) refuse(what, 'denyPrivate (localhost)')
      } else if (isIP(host) !== 0) {
        const range = ipaddr.process(host).range()
        const spared = range === 'loopback' && options.allowLoopback
        if (PRIVATE.has(range) && !spared) refuse(what, `denyPrivate (${host} is ${range})`)
      }
    }
  }
  return {
    check(url) {
      const parsed = typeof url === 'string' ? new URL(url) : url
      const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase()
      decide(`URL ${parsed.origin}`, host)
    },
    checkAddress(host, address) {
      decide(`address ${address} of ${host}`, address.toLowerCase())
    },
  }
}

/** An IP address in its usual text (IPv4-mapped IPv6 as IPv4, IPv6 compressed); a name as it is. */
function canonical(host: string): string {
  return ipaddr.isValid(host) ? ipaddr.process(host).toString() : host
}
