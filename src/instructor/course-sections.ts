import { lessons, loadLesson, type LessonEntry } from '../course/lessons';
import type { MDXContent } from 'mdx/types';
import type { DeckLesson } from './deck';
import { extractSections } from './sections';

export interface LessonWithContent extends DeckLesson {
  Content: MDXContent;
}

/** Loads lessons (all of them by default) with their question banks and sections. */
export async function loadSections(entries: readonly LessonEntry[] = lessons): Promise<LessonWithContent[]> {
  const loaded = await Promise.all(entries.map(loadLesson));
  return loaded.map(({ entry, Content, questions }) => ({ entry, Content, questions, sections: extractSections(Content, questions, entry.title, entry.slug) }));
}
