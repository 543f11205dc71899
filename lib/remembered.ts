/**
 * Values remembered per process by key, up to a weight in all (by default each weighs 1: a number of entries), the
 * least recently used dropped first; a value weighing more than a sixteenth of the whole is not kept. The one bounded
 * memory of the hot paths: sources' texts by characters (resolve-citations.ts), tracker counts (tracker-count.ts),
 * decrypted session tokens (session-token.ts).
 */
export class Remembered<V> {
  private readonly values = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const value = this.values.get(key);
    if (value === undefined) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first entries are the least recently used.
    this.values.delete(key);
    this.values.set(key, value);
    return value;
  }

  remember(key: string, value: V): void {
    const weight = this.weigh(value);
    if (weight > this.maxWeight / 16) return;
    // Two requests that missed the same key both remember it: counted once.
    this.forget(key);
    this.values.set(key, value);
    this.total += weight;
    for (const [oldest, dropped] of this.values) {
      if (this.total <= this.maxWeight) break;
      this.values.delete(oldest);
      this.total -= this.weigh(dropped);
    }
  }

  forget(key: string): void {
    const previous = this.values.get(key);
    if (previous === undefined) return;
    this.values.delete(key);
    this.total -= this.weigh(previous);
  }

  /** What is remembered weighs this much in all. */
  get weight(): number {
    return this.total;
  }
}
