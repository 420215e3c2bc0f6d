/**
 * Where each lesson uses each glossary term, from the `lesson-frontmatter` plugin's
 * `lessons/x.mdx?terms` (never the lesson body). Imported by the glossary page only; jest maps
 * this module to `__tests__/support/term-places-files.ts`.
 */
export interface LessonTermPlaces {
  slug: string;
  /** Term id → the id of the section of its first use (null before the first section). */
  places: Record<string, string | null>;
}

export const termPlacesByFile: Record<string, LessonTermPlaces> = import.meta.glob<LessonTermPlaces>('../../lessons/*.mdx', {
  query: '?terms',
  import: 'default',
  eager: true,
});
