/**
 * Which resets of the metrics history (numbered 1, 2, ... in the store) a replica's live figures
 * reflect: every one up to `through`, and some later ones that arrived out of order.
 */
export class ResetMark {
  #through = 0
  readonly #later = new Set<number>()

  /** The newest reset that this one and every earlier one are applied. */
  get through(): number {
    return this.#through
  }

  /** Counts every reset up to `generation` as applied (they came before these figures). */
  raise(generation: number): void {
    if (generation <= this.#through) return
    this.#through = generation
    this.#advance()
  }

  /** Marks a reset applied; false if it already was. */
  apply(generation: number): boolean {
    if (generation <= this.#through || this.#later.has(generation)) return false
    this.#later.add(generation)
    this.#advance()
    return true
  }

  #advance(): void {
    for (const later of this.#later) if (later <= this.#through) this.#later.delete(later)
    while (this.#later.delete(this.#through + 1)) this.#through++
  }
}
