/** A lesson's frontmatter, as the course map and lesson page use it. */
export interface Objective {
  /** Stable within the lesson; questions and mastery refer to it. */
  id: string;
  text: string;
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
