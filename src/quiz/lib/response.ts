/** What a learner has entered for a question, by question type. Plain data, saved as is. */
export type Response =
  | { type: 'single'; choice: string | null }
  | { type: 'scenario'; choice: string | null }
  | { type: 'multiple'; choices: string[] }
  | { type: 'myth-or-reality'; choice: 'myth' | 'reality' | null }
  | { type: 'ordering'; order: string[] }
  /** left pair id → the pair id whose right-hand side the learner chose */
  | { type: 'matching'; matches: Record<string, string | null> };

/** The outcome of grading: nothing to grade yet, or points out of one. */
export type Grade =
  | { status: 'invalid'; message: string }
  | { status: 'graded'; earned: number; total: 1; correct: boolean };
