import sources from '../../lessons/sources';
import type { Source } from './source';

const byId = new Map(sources.map((source) => [source.id, source]));

export function findSource(id: string): Source | undefined {
  return byId.get(id);
}

export function allSources(): readonly Source[] {
  return sources;
}

/** "Hu et al., 2021", "Howard and Ruder, 2018", "OpenAI, 2023". */
export function shortCitation(source: Source): string {
  const author = source.author.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;
  let who: string;
  if (source.kind !== 'paper') who = author;
  else if (/ et al\.?$/.test(author)) who = `${surname(author.replace(/ et al\.?$/, ''))} et al.`;
  else {
    const names = author.split(/,\s*|\s+and\s+/).filter(Boolean);
    who = names.length > 2 ? `${surname(names[0] ?? author)} et al.` : names.map(surname).join(' and ');
  }
  return `${who}, ${source.year}`;
}

export const sourceAnchor = (id: string) => `source-${id}`;
