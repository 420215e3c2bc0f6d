import sources from '../../lessons/sources';
import type { Source } from './source';

const byId = new Map(sources.map((source) => [source.id, source]));

export function findSource(id: string): Source | undefined {
  return byId.get(id);
}

export function allSources(): readonly Source[] {
  return sources;
}

/** "Hu et al., 2021", "Howard and Ruder, 2018", "OpenAI, 2023": short enough for a phone. */
export function shortCitation(source: Source): string {
  const author = source.author.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;
  const names = author.replace(/ et al\.?$/, '').split(/,\s*|\s+and\s+/).filter(Boolean);
  const isPeople = source.kind === 'paper' || source.kind === 'book' || / et al\.?$/.test(author);
  let who: string;
  if (!isPeople) who = author;
  else if (/ et al\.?$/.test(author) || names.length > 2) who = `${surname(names[0] ?? author)} et al.`;
  else who = names.map(surname).join(' and ');
  return `${who}, ${source.year}`;
}

export const sourceAnchor = (id: string) => `source-${id}`;
