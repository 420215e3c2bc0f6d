/**
 * The ids of every lesson's questions, from the `lesson-frontmatter` plugin's
 * `lessons/x.mdx?question-ids` (never the bank itself). jest maps this module to
 * `__tests__/support/question-id-files.ts`.
 */
export const questionIdsByFile: Record<string, string[]> = import.meta.glob<string[]>('../../lessons/*.mdx', {
  query: '?question-ids',
  import: 'default',
  eager: true,
});
