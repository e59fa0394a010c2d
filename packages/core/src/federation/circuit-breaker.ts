import { GatewayError } from '../errors.js'

/** How a circuit breaker trips and recovers. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit; default 3. */
  threshold?: number
  /** First wait before a probe is let through; doubles on every failed probe. Default 1 s. */
  coolDownMs?: number
  /** Longest wait between probes; default 30 s. */
  maxCoolDownMs?: number
}

/** The state of one key's circuit. */
export type CircuitState = 'closed' | 'open' | 'half-open'

interface Circuit {
  failures: number
  /** Times the circuit opened in a row without a success in between. */
  trips: number
  reason: string
  /** While open: when a probe may go (epoch ms). */
  retryAt: number
  /** While half-open: when the probe went. */
  probeAt: number | undefined
}

/**
 * Per-upstream circuit breakers: after `threshold` consecutive failures calls fail fast with
 * UNAVAILABLE naming the upstream, until a cool-down lets one probe through; the probe's success
 * closes the circuit, its failure opens it again for twice as long.
 */
export class CircuitBreaker {
  readonly #threshold: number
  readonly #coolDownMs: number
  readonly #maxCoolDownMs: number
  readonly #circuits = new Map<string, Circuit>()

  constructor(options: CircuitBreakerOptions = {}) {
    this.#threshold = options.threshold ?? 3
    this.#coolDownMs = options.coolDownMs ?? 1000
    this.#maxCoolDownMs = options.maxCoolDownMs ?? 30_000
  }

  /** The state of a key's circuit. */
  state(key: string): CircuitState {
    const circuit = this.#circuits.get(key)
    if (circuit === undefined || circuit.failures < this.#threshold) return 'closed'
    return circuit.probeAt === undefined ? 'open' : 'half-open'
  }

  /** Throws UNAVAILABLE while the circuit is open; lets one probe through after the cool-down. */
  check(key: string, name: string): void {
    const circuit = this.#circuits.get(key)
    if (circuit === undefined || circuit.failures < this.#threshold) return
    const now = Date.now()
    // A probe that never reported back (its caller gave up) does not hold the circuit forever.
    const probing = circuit.probeAt !== undefined && now - circuit.probeAt < this.#coolDown(circuit)
    if (now >= circuit.retryAt && !probing) {
      circuit.probeAt = now
      return
    }
    const wait = Math.max(1, Math.ceil((circuit.retryAt - now) / 1000))
    throw new GatewayError(
      'UNAVAILABLE',
      `upstream '${name}' is unavailable: ${circuit.failures} calls in a row failed (last: ${circuit.reason}); calls fail fast until a retry in ${probing ? 'progress' : `${wait} s`}`,
    )
  }

  /** Records a call that reached the upstream and got an answer: the circuit closes. */
  success(key: string): void {
    this.#circuits.delete(key)
  }

  /** Records a failure to reach the upstream (connect, transport, timeout). */
  failure(key: string, reason: string): void {
    const circuit = this.#circuits.get(key) ?? {
      failures: 0,
      trips: 0,
      reason,
      retryAt: 0,
      probeAt: undefined,
    }
    circuit.failures++
    circuit.reason = reason
    // It opens on reaching the threshold and again when a probe fails; late failures of calls
    // that were under way when it opened do not push the retry back.
    if (circuit.failures === this.#threshold || circuit.probeAt !== undefined) {
      circuit.trips++
      circuit.probeAt = undefined
      circuit.retryAt = Date.now() + this.#coolDown(circuit)
    }
    this.#circuits.set(key, circuit)
  }

  /** The keys with failures on record. */
  keys(): IterableIterator<string> {
    return this.#circuits.keys()
  }

  /** Forgets a key's failures (the upstream was edited or removed). */
  reset(key: string): void {
    this.#circuits.delete(key)
  }

  #coolDown(circuit: Circuit): number {
    return Math.min(this.#maxCoolDownMs, this.#coolDownMs * 2 ** Math.max(0, circuit.trips - 1))
  }
}
