import { bankLoaders, frontmatterByFile, lessonLoaders } from './lesson-files';
import type { LessonCard, LessonMeta } from './lesson-meta';
import type { MDXContent } from 'mdx/types';
import type { Question } from '../quiz/lib/question';
import { loadChunk } from '../ui/load-chunk';

/** A lesson as the app knows it before loading it: its card plus where its files are. */
export interface LessonEntry extends LessonCard {
  /** The key of the MDX file in the loaders (e.g. "../../lessons/01-what-is-fine-tuning.mdx"). */
  file: string;
}

/** Every lesson, in course order. Discovered from `lessons/*.mdx`: adding a file adds a lesson. */
export const lessons: readonly LessonEntry[] = Object.entries(frontmatterByFile)
  .map(([file, meta]) => ({ ...meta, file }))
  .sort((a, b) => a.order - b.order);

export function findLesson(slug: string): LessonEntry | undefined {
  return lessons.find((lesson) => lesson.slug === slug);
}

/** The lessons either side of one, for previous/next links. */
export function neighbours(slug: string): { previous?: LessonEntry; next?: LessonEntry } {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) return {};
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}

export interface LoadedLesson {
  /** The whole frontmatter, now that the lesson's own chunk has brought its objectives and sources. */
  entry: LessonEntry & LessonMeta;
  Content: MDXContent;
  questions: Question[];
}

/** Loads a lesson's question bank alone (its own chunk, without the lesson's body). */
export async function loadQuestions(entry: LessonEntry): Promise<Question[]> {
  const loadBank = bankLoaders[entry.file.replace(/\.mdx$/, '.questions.ts')];
  return loadBank ? (await loadChunk(loadBank)).default : [];
}

/** Loads a lesson's body and its question bank (each its own chunk) in parallel. */
export async function loadLesson(entry: LessonEntry): Promise<LoadedLesson> {
  const loadBody = lessonLoaders[entry.file];
  if (!loadBody) throw new Error(`No lesson file for ${entry.slug}`);
  const [body, questions] = await Promise.all([loadChunk(loadBody), loadQuestions(entry)]);
  const { objectives, sources } = body.frontmatter;
  return { entry: { ...entry, objectives, sources }, Content: body.default, questions };
}
