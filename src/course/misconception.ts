/**
 * A belief about fine-tuning that a wrong answer can reveal. Authored in `lessons/misconceptions.ts`;
 * questions name it by id (an incorrect option's `misconception`, or a myth-or-reality question's).
 */
export interface Misconception {
  /** Stable, kebab-case; saved tallies and the instructor guide key on it. */
  id: string;
  /** The belief in one line, stated as the learner would hold it ("Fine-tuning is the way to add new facts."). */
  belief: string;
  /** The slug of the lesson that corrects it. */
  correctedIn: string;
}
