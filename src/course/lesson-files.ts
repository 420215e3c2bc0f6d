/**
 * The only module that knows where lessons live. Vite turns these globs into imports;
 * jest maps this module to `__tests__/support/lesson-files.ts`, which builds the same
 * shapes with the file system.
 *
 * - `frontmatterByFile`: eager, but each entry is only the lesson's card from its validated
 *   frontmatter (see the `lesson-frontmatter` plugin in vite.config.ts), never the lesson body.
 * - `lessonLoaders` / `bankLoaders`: lazy; each lesson and its bank load on demand. A lesson
 *   module also exports its whole `frontmatter` (remark-mdx-frontmatter), validated at build
 *   time by the same plugin.
 */
import type { MDXContent } from 'mdx/types';
import type { Question } from '../quiz/lib/question';
import type { LessonCard, LessonMeta } from './lesson-meta';

export const frontmatterByFile: Record<string, LessonCard> = import.meta.glob<LessonCard>('../../lessons/*.mdx', {
  query: '?frontmatter',
  import: 'default',
  eager: true,
});

export interface LessonModule {
  default: MDXContent;
  frontmatter: LessonMeta;
}

export const lessonLoaders: Record<string, () => Promise<LessonModule>> = import.meta.glob<LessonModule>('../../lessons/*.mdx');

export const bankLoaders: Record<string, () => Promise<{ default: Question[] }>> = import.meta.glob<{
  default: Question[];
}>('../../lessons/*.questions.ts');
