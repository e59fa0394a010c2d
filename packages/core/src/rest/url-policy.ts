import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { GatewayError } from '../errors.js'

/** Where outbound calls (REST tools, upstreams) may go. */
export interface UrlPolicyOptions {
  /**
   * Hosts allowed; when non-empty, every other host is denied. Names (`api.example.com`,
   * `*.example.com`) match the URL's host name; addresses and CIDRs (`10.0.0.0/8`) match the URL's
   * literal address or the addresses a name resolves to.
   */
  allow?: readonly string[]
  /** Hosts denied, matched as `allow` is: names (`*.internal`) or CIDRs (`10.0.0.0/8`). */
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

/** What a rule is matched against: the URL's host name, or an address (literal or resolved). */
interface Target {
  name?: string
  address?: string
}

type Rule = { text: string; byAddress: boolean; matches: (target: Target) => boolean }

function ruleOf(text: string): Rule {
  const pattern = text.trim().toLowerCase()
  if (pattern.includes('/') || ipaddr.isValid(pattern)) {
    const single = pattern.includes('/') ? undefined : ipaddr.process(pattern)
    const [range, bits] = single
      ? ([single, single.kind() === 'ipv4' ? 32 : 128] as const)
      : ipaddr.parseCIDR(pattern)
    return {
      text: pattern,
      byAddress: true,
      matches: ({ address }) => {
        if (address === undefined || !ipaddr.isValid(address)) return false
        const parsed = ipaddr.process(address)
        return parsed.kind() === range.kind() && parsed.match(range, bits)
      },
    }
  }
  const suffix = pattern.startsWith('*.') ? pattern.slice(1) : undefined
  return {
    text: pattern,
    byAddress: false,
    matches: ({ name }) =>
      name !== undefined && (suffix ? name.endsWith(suffix) : name === pattern),
  }
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
  // A name allowed by a name rule may resolve anywhere deny rules allow; a name no name rule
  // allows is left to its resolved addresses when there are address rules.
  const decide = (what: string, target: Target) => {
    const { name, address } = target
    for (const host of [name, address]) {
      if (host !== undefined && options.denyMetadata && METADATA.has(canonical(host)))
        refuse(what, `denyMetadata (${host} is a cloud instance metadata service)`)
    }
    const denied = deny.find((rule) => rule.matches(target))
    if (denied) refuse(what, `the deny rule '${denied.text}'`)
    const undecided = address === undefined && allow.some((rule) => rule.byAddress)
    if (allow.length > 0 && !undecided && !allow.some((rule) => rule.matches(target))) {
      refuse(what, `the allow list (${allow.map((rule) => rule.text).join(', ')})`)
    }
    if (options.denyPrivate) {
      if (name === 'localhost' || name?.endsWith('.localhost')) {
        if (!options.allowLoopback) refuse(what, 'denyPrivate (localhost)')
      }
      if (address !== undefined) {
        const range = ipaddr.process(address).range()
        const spared = range === 'loopback' && options.allowLoopback
        if (PRIVATE.has(range) && !spared) refuse(what, `denyPrivate (${address} is ${range})`)
      }
    }
  }
  return {
    check(url) {
      const parsed = typeof url === 'string' ? new URL(url) : url
      decide(`URL ${parsed.origin}`, targetOf(parsed.hostname))
    },
    checkAddress(host, address) {
      decide(`address ${address} of ${host}`, { ...targetOf(host), address: address.toLowerCase() })
    },
  }
}

/** A URL's host as a name or a literal address (brackets of IPv6 removed). */
function targetOf(hostname: string): Target {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return isIP(host) !== 0 ? { address: host } : { name: host }
}

/** An IP address in its usual text (IPv4-mapped IPv6 as IPv4, IPv6 compressed); a name as it is. */
function canonical(host: string): string {
  return ipaddr.isValid(host) ? ipaddr.process(host).toString() : host
}
