/**
 * The question bank's types: what an author writes in `lessons/NN-slug.questions.ts`.
 * Types only (no runtime code), so a lesson's bank costs nothing but its own text.
 * The zod schema in `src/build/question-schema.ts` checks the same shape in the tests.
 */

export type Difficulty = 'easy' | 'medium' | 'hard';

/** Where a question appears: inside the lesson text, or in the end-of-lesson quiz. */
export type Placement = 'checkpoint' | 'quiz';

interface QuestionBase {
  /** Stable, unique across the course; saved progress is keyed by it. kebab-case. */
  id: string;
  /** The lesson's slug (frontmatter `slug`). */
  lesson: string;
  /** An objective id from that lesson's frontmatter `objectives`. */
  objective: string;
  difficulty: Difficulty;
  placement: Placement;
  /**
   * A short name for the question in lists (results, review, the quizzes page): a few words,
   * distinct across the course. Plain text.
   */
  title: string;
  /** The question, shown as the fieldset's legend. Plain text. */
  prompt: string;
  /** A nudge towards the answer that does not give it away. */
  hint: string;
}

/** An option of a choice question: every option explains itself. */
export interface ChoiceOption {
  /** Unique within the question. kebab-case. */
  id: string;
  text: string;
  correct: boolean;
  /** Why this option is right, or the misconception choosing it reveals. */
  explanation: string;
  /**
   * An incorrect option: the id (from `lessons/misconceptions.ts`) of the belief that choosing it reveals.
   * Never on a correct option. The content checks require it on every distractor.
   */
  misconception?: string;
}

/** Exactly one option is correct. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
  /** Keep the authored order (e.g. options that count upwards); otherwise shuffled. */
  fixedOrder?: boolean;
}

/** One or more options are correct; the learner selects all that apply. */
export interface MultipleSelectQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
  fixedOrder?: boolean;
}

/** "Myth or reality?": the prompt is a statement. */
export interface MythOrRealityQuestion extends QuestionBase {
  type: 'myth-or-reality';
  answer: 'myth' | 'reality';
  /** Why answering "myth" is right or wrong, and the same for "reality". */
  explanations: { myth: string; reality: string };
  /** The misconception (id from `lessons/misconceptions.ts`) that the wrong answer reveals. Required by the content checks. */
  misconception?: string;
}

/** One step of an ordering question. */
export interface OrderingItem {
  id: string;
  text: string;
  /** Why this step sits here; from the second step on, it names what the step takes from the one before. */
  explanation: string;
  /**
   * Every step but the first: the words, found in the previous step's text and in this step's
   * explanation, for what this step cannot be done without. The content checks hold every step to it,
   * so the order is one chain with exactly one defensible sequence.
   */
  needs?: string;
}

/** Items written in their correct order; shown shuffled. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  items: OrderingItem[];
  /** Optional: the misconception a wrong order most often reveals. */
  misconception?: string;
}

/** Each left-hand item has exactly one right-hand partner. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: { id: string; left: string; right: string; explanation: string }[];
  /** Optional: the misconception a wrong match most often reveals. */
  misconception?: string;
}

/** A situation; choose the approach. Options keep their authored order. */
export interface ScenarioQuestion extends QuestionBase {
  type: 'scenario';
  /** The situation, shown above the prompt. */
  scenario: string;
  options: ChoiceOption[];
}

export type Question =
  | SingleChoiceQuestion
  | MultipleSelectQuestion
  | MythOrRealityQuestion
  | OrderingQuestion
  | MatchingQuestion
  | ScenarioQuestion;

export type QuestionType = Question['type'];
