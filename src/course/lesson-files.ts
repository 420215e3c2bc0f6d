/**
 * The only module that knows where lessons live. Vite turns these globs into imports;
 * jest maps this module to `__tests__/support/lesson-files.ts`, which builds the same
 * shapes with the file system.
 *
 * - `frontmatterByFile`: eager, but each entry is only the validated frontmatter
 *   (see the `lesson-frontmatter` plugin in vite.config.ts), never the lesson body.
 * - `lessonLoaders` / `bankLoaders`: lazy; each lesson and its bank load on demand.
 */
import type { MDXContent } from 'mdx/types';
import type { Question } from '../quiz/lib/question';
import type { LessonMeta } from './lesson-meta';

export const frontmatterByFile: Record<string, LessonMeta> = import.meta.glob<LessonMeta>('../../lessons/*.mdx', {
  query: '?frontmatter',
  import: 'default',
  eager: true,
});

export const lessonLoaders: Record<string, () => Promise<{ default: MDXContent }>> = import.meta.glob<{
  default: MDXContent;
}>('../../lessons/*.mdx');

export const bankLoaders: Record<string, () => Promise<{ default: Question[] }>> = import.meta.glob<{
  default: Question[];
}>('../../lessons/*.questions.ts');
