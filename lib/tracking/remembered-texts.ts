/**
 * Texts that never change, remembered by key up to a number of characters in all, the least recently used dropped
 * first; a text longer than a sixteenth of the whole is not kept. Used for sources' texts (resolve-citations.ts).
 */
export class RememberedTexts {
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(private readonly maxCharacters: number) {}

  get(key: string): string | undefined {
    const text = this.texts.get(key);
    if (text === undefined) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first entries are the least recently used.
    this.texts.delete(key);
    this.texts.set(key, text);
    return text;
  }

  remember(key: string, text: string): void {
    if (text.length > this.maxCharacters / 16) return;
    // Two requests that missed the same key both remember it: counted once.
    const previous = this.texts.get(key);
    if (previous !== undefined) {
      this.texts.delete(key);
      this.size -= previous.length;
    }
    this.texts.set(key, text);
    this.size += text.length;
    for (const [oldest, dropped] of this.texts) {
      if (this.size <= this.maxCharacters) break;
      this.texts.delete(oldest);
      this.size -= dropped.length;
    }
  }

  /** How many characters are remembered. */
  get characters(): number {
    return this.size;
  }
}
