import type { Objective } from './lesson-meta';
import { bankLoaders } from './lesson-files';
import { lessons, type LessonEntry } from './lessons';
import type { Question } from '../quiz/lib/question';
import { loadChunk } from '../ui/load-chunk';

/** One lesson's questions, for the pages that work across the course (review, final assessment, mastery). */
export interface LessonBank {
  lesson: LessonEntry;
  questions: Question[];
}

/** Every lesson's question bank, in course order: each bank is its own small chunk. */
export function loadCourseBank(): Promise<LessonBank[]> {
  return Promise.all(
    lessons.map(async (lesson) => {
      const load = bankLoaders[lesson.file.replace(/\.mdx$/, '.questions.ts')];
      return { lesson, questions: load ? (await loadChunk(load)).default : [] };
    }),
  );
}

/**
 * Every lesson's learning objectives, for the mastery page: one small file with every lesson's
 * objectives from their frontmatter (objective-files.ts), not the lessons themselves.
 */
export async function loadCourseObjectives(): Promise<{ lesson: LessonEntry; objectives: Objective[] }[]> {
  const { objectivesByFile } = await loadChunk(() => import('./objective-files'));
  return lessons.map((lesson) => ({ lesson, objectives: objectivesByFile[lesson.file] ?? [] }));
}
