import ipaddr from 'ipaddr.js'

/** Whether the text is a CIDR range such as `10.0.0.0/8` or `2001:db8::/32`. */
export function isCidr(text: string): boolean {
  try {
    ipaddr.parseCIDR(text)
    return true
  } catch {
    return false
  }
}

/** Whether a client address (IPv4, IPv6 or IPv4-mapped IPv6) lies in one of the CIDR ranges. */
export function addressInRanges(address: string, ranges: readonly string[]): boolean {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  return ranges.some((text) => {
    const [range, bits] = ipaddr.parseCIDR(text)
    return parsed.kind() === range.kind() && parsed.match(range, bits)
  })
}
