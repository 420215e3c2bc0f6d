/** A term the course defines. Authored in `lessons/glossary.ts`. */
export interface GlossaryEntry {
  /** Stable, kebab-case; marked in lessons as <Term id="…">text</Term>. */
  id: string;
  term: string;
  /** One or two plain sentences, the learner's first meeting with the term. */
  definition: string;
  /** Source ids (from lessons/sources.ts) backing the definition. */
  sources: string[];
  /** Other glossary ids worth reading next. */
  related?: string[];
}
