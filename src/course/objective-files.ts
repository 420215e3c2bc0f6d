/**
 * Every lesson's learning objectives, from the `lesson-frontmatter` plugin's
 * `lessons/x.mdx?objectives` (never the lesson body). Loaded on demand by course-bank.ts (for
 * /mastery); jest maps this module to `__tests__/support/objective-files.ts`.
 */
import type { Objective } from './lesson-meta';

export const objectivesByFile: Record<string, Objective[]> = import.meta.glob<Objective[]>('../../lessons/*.mdx', {
  query: '?objectives',
  import: 'default',
  eager: true,
});
