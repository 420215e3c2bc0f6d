import { lessons, loadLesson, type LessonEntry } from '../course/lessons';
import type { MDXContent } from 'mdx/types';
import type { DeckLesson } from './deck';
import { nextTask } from '../ui/next-task';
import { extractSections } from './sections';

export interface LessonWithContent extends DeckLesson {
  Content: MDXContent;
}

/**
 * Loads lessons (all of them by default) with their question banks and sections. Each lesson
 * after the first is started, and later its sections found (which renders its body), in a task
 * of its own: the whole course at once would hold a phone's main thread for a long time. The
 * downloads still run side by side.
 */
export async function loadSections(entries: readonly LessonEntry[] = lessons): Promise<LessonWithContent[]> {
  const loading: ReturnType<typeof loadLesson>[] = [];
  for (const entry of entries) {
    if (loading.length > 0) await nextTask();
    const lesson = loadLesson(entry);
    lesson.catch(() => undefined); // Handled below, by Promise.all; not "unhandled" while the next lesson starts.
    loading.push(lesson);
  }
  const loaded = await Promise.all(loading);
  const withSections: LessonWithContent[] = [];
  for (const { entry, Content, questions } of loaded) {
    if (withSections.length > 0) await nextTask();
    withSections.push({ entry, Content, questions, sections: extractSections(Content, questions, entry.title, entry.slug) });
  }
  return withSections;
}
