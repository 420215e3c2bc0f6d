/**
 * The explanations a learner reads after the reveal: every option's (step's, pair's) reason,
 * marked against their own answer when they gave one. Pure; built on the quiz's own feedback,
 * so a class explains as self-study does.
 */
import { buildFeedback, type FeedbackLine, type Verdict } from '../quiz/lib/feedback';
import { correctResponse, grade } from '../quiz/lib/grade';
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';

export interface Explained {
  /** The learner's verdict, when they answered ("Partly right" only with some credit). */
  verdict?: Exclude<Verdict, 'Answer shown'>;
  summary?: string;
  lines: FeedbackLine[];
}

/** Every option's (step's, pair's) explanation, marked against the learner's answer if they gave one. */
export function explain(question: Question, response: Response | null): Explained {
  const mine = response ? grade(question, response) : null;
  if (response && mine?.status === 'graded') {
    // After the reveal every option is explained: the learner's own marked as theirs, the right one as the answer.
    const right = mine.earned >= 1;
    const feedback = buildFeedback(question, { response, result: mine, stage: right ? 'correct' : 'revealed' });
    const verdict = right ? 'Correct' : mine.earned > 0 ? 'Partly right' : 'Incorrect';
    return { verdict, summary: right ? feedback.summary : undefined, lines: feedback.all };
  }
  // Without an answer of theirs, the lines say what is right and why the rest is not.
  const answer = correctResponse(question);
  const all = grade(question, answer);
  if (all.status !== 'graded') return { lines: [] };
  return { lines: buildFeedback(question, { response: null, result: null, stage: 'revealed' }).all };
}
