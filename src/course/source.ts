/** A work the course cites. Authored in `lessons/sources.ts`. */
export interface Source {
  /** Stable, kebab-case; cited as <Cite id="…" />. */
  id: string;
  /** Author(s) or organisation. */
  author: string;
  title: string;
  year: number;
  url: string;
  kind: 'paper' | 'documentation' | 'announcement' | 'course' | 'case-study' | 'book';
  /** Optional one-line note: what the learner will find there. */
  note?: string;
}
