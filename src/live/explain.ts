/**
 * The explanations a learner reads after the reveal: every option's (step's, pair's) reason,
 * marked against their own answer when they gave one. Pure; built on the quiz's own feedback,
 * so a class explains as self-study does.
 */
import { buildFeedback, type FeedbackLine } from '../quiz/lib/feedback';
import { correctResponse, grade } from '../quiz/lib/grade';
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';

export interface Explained {
  /** The learner's verdict, when they answered. */
  verdict?: 'Correct' | 'Incorrect';
  summary?: string;
  lines: FeedbackLine[];
}

/** Every option's (step's, pair's) explanation, marked against the learner's answer if they gave one. */
export function explain(question: Question, response: Response | null): Explained {
  const mine = response ? grade(question, response) : null;
  if (response && mine?.status === 'graded') {
    const feedback = buildFeedback(question, response, mine);
    return { verdict: feedback.verdict, summary: feedback.summary, lines: feedback.all };
  }
  const answer = correctResponse(question);
  const all = grade(question, answer);
  if (all.status !== 'graded') return { lines: [] };
  // Without an answer of theirs, the lines say what is right, not "your answer".
  const lines = buildFeedback(question, answer, all).all.map((line) =>
    line.mark === 'right' ? { ...line, mark: 'missed' as const, status: question.type === 'ordering' ? 'Its place' : 'The right answer' } : line,
  );
  return { lines };
}
