import type { Objective } from './lesson-meta';
import { bankLoaders, lessonLoaders } from './lesson-files';
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
 * Every lesson's learning objectives. They come with each lesson's body (its frontmatter),
 * so this loads every lesson: for the mastery page only.
 */
export function loadCourseObjectives(): Promise<{ lesson: LessonEntry; objectives: Objective[] }[]> {
  return Promise.all(
    lessons.map(async (lesson) => {
      const load = lessonLoaders[lesson.file];
      return { lesson, objectives: load ? (await loadChunk(load)).frontmatter.objectives : [] };
    }),
  );
}
