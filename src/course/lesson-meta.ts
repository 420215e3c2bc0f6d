/** A lesson's frontmatter, as the course map and lesson page use it. */
export interface Objective {
  /** Stable within the lesson; questions and mastery refer to it. */
  id: string;
  text: string;
  /** The `##` heading of the section that teaches it, as written: where "Review the N you missed" links. */
  section: string;
}

export interface LessonMeta {
  title: string;
  slug: string;
  order: number;
  summary: string;
  minutes: number;
  objectives: Objective[];
  /** Source ids from lessons/sources.ts, shown as the lesson's further reading. */
  sources: string[];
}

/**
 * What the course map needs of every lesson before any lesson loads. The rest of the
 * frontmatter (objectives, sources) arrives with the lesson's own chunk, so the first
 * page does not carry every lesson's objectives.
 */
export type LessonCard = Pick<LessonMeta, 'title' | 'slug' | 'order' | 'summary' | 'minutes'>;

export function toLessonCard({ title, slug, order, summary, minutes }: LessonMeta): LessonCard {
  return { title, slug, order, summary, minutes };
}
