import type { GlossaryEntry } from './glossary-entry';

/** Lower case, without accents or punctuation: "Fine-tuning (SFT)" → "fine tuning sft". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Whether a term matches what the learner typed: every word typed is found in the term's name
 * or id, ignoring case, accents and punctuation ("lora" finds LoRA and QLoRA; "fine tun"
 * finds Fine-tuning). An empty filter matches everything.
 */
export function termMatches(entry: Pick<GlossaryEntry, 'term' | 'id'>, query: string): boolean {
  const typed = foldForSearch(query).split(' ').filter(Boolean);
  const name = `${foldForSearch(entry.term)} ${foldForSearch(entry.id)}`;
  return typed.every((part) => name.includes(part));
}

/** The first letter a term is listed under (digits and symbols under "#"). */
export function letterOf(term: string): string {
  const first = foldForSearch(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** The terms in A–Z order, grouped by first letter. */
export function byLetter<T extends Pick<GlossaryEntry, 'term'>>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  const groups: { letter: string; entries: T[] }[] = [];
  for (const entry of sorted) {
    const letter = letterOf(entry.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
