/** A small, fast, seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32-bit: a stable hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The same seed always gives the same order (Fisher–Yates on a seeded generator). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(hashString(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Like seededShuffle, but never returns the original order (for "put these in order"). */
export function seededDerangedOrder<T>(items: readonly T[], seed: string): T[] {
  const out = seededShuffle(items, seed);
  if (items.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift() as T);
  return out;
}

/** A fresh seed for a new attempt. */
export function newSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}
