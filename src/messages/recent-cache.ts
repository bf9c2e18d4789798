/**
 * The last `size` answers, by text. Plans share templates, so remembering them saves work; but
 * linting a thousand distinct plans would otherwise keep every template's parse and compiled
 * code alive to the end, most of lint's peak memory.
 */
export class RecentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(text: string, compute: () => T): T {
    let value = this.entries.get(text);
    if (value === undefined) {
      value = compute();
      // A Map iterates in insertion order: the first key is the one used least recently.
      if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    } else this.entries.delete(text);
    this.entries.set(text, value);
    return value;
  }
}
