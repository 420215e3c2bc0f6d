/**
 * localStorage in memory, for the storage tests: it records every write and removal, and can
 * be told to fail writes (all of them, or one key's) the way a full or blocked storage does.
 */
export class MemoryStorage implements Storage {
  readonly values = new Map<string, string>();
  /** The key of every setItem that stored something, in order. */
  readonly writes: string[] = [];
  /** The key of every removeItem, in order. */
  readonly removals: string[] = [];
  /** When set, setItem throws it (and stores nothing). */
  failWrites: unknown = null;
  /** When set, setItem throws it for this key only. */
  failWritesTo: { key: string; error: unknown } | null = null;

  get length() {
    return this.values.size;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites;
    if (this.failWritesTo?.key === key) throw this.failWritesTo.error;
    this.writes.push(key);
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.removals.push(key);
    this.values.delete(key);
  }
  clear() {
    this.values.clear();
  }
}
