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
  objectives: Objective[];
  /** Source ids from lessons/sources.ts, shown as the lesson's further reading. */
  sources: string[];
}

/**
 * What the course map needs of every lesson before any lesson loads. The rest of the
 * frontmatter (objectives, sources) arrives with the lesson's own chunk, so the first
 * page does not carry every lesson's objectives.
 */
export interface LessonCard extends Pick<LessonMeta, 'title' | 'slug' | 'order' | 'summary'> {
  /** How long the lesson takes, computed at build time from its text, questions and interactives (build/reading-time.ts). */
  minutes: number;
}

export function toLessonCard({ title, slug, order, summary }: LessonMeta, minutes: number): LessonCard {
  return { title, slug, order, summary, minutes };
}
