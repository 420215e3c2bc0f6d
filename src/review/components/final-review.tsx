import { Link } from 'react-router';
import type { FinalAttempt } from '../../progress/progress-types';
import { ResponseInputs } from '../../quiz/components/response-inputs';
import { emptyResponse } from '../../quiz/lib/draft';
import { buildFeedback } from '../../quiz/lib/feedback';
import { correctResponse, grade } from '../../quiz/lib/grade';
import type { Question } from '../../quiz/lib/question';
import type { Response } from '../../quiz/lib/response';
import { finalSeed } from './final-question';
import type { ReviewItem } from './review-page';

const pct = (n: number) => Math.round(n * 100);

/** How one question of a submitted assessment went, in words. */
function verdictOf(score: number, answered: boolean): { label: string; kind: 'right' | 'partial' | 'wrong' } {
  if (!answered) return { label: 'Not answered', kind: 'wrong' };
  if (score >= 1) return { label: 'Correct', kind: 'right' };
  if (score > 0) return { label: `Partly right: ${pct(score)}% credit`, kind: 'partial' };
  return { label: 'Incorrect', kind: 'wrong' };
}

const lock = () => undefined;

/**
 * The learner's answer as they gave it, locked, marked the way a lesson quiz marks an answer
 * once it is shown ("Your answer", "Correct answer", in words), then every option (step, pair)
 * with its explanation. A question left unanswered shows nothing chosen (steps in the right
 * order), with the right answer marked.
 */
function Answered({ question, response, seed }: { question: Question; response: Response | undefined; seed: string }) {
  const result = response ? grade(question, response) : null;
  const graded = result?.status === 'graded' ? result : null;
  const feedback = buildFeedback(question, {
    response: graded ? (response ?? null) : null,
    result: graded,
    stage: graded && graded.earned >= 1 ? 'correct' : 'revealed',
  });
  const shown = graded && response ? response : question.type === 'ordering' ? correctResponse(question) : emptyResponse(question, seed);
  // The list below explains every option, so the marks only say whose answer is which.
  const marks = Object.fromEntries(Object.entries(feedback.marks).map(([id, list]) => [id, list.map(({ kind, label }) => ({ kind, label }))]));
  return (
    <>
      <fieldset className="final-review__answer">
        <legend className="final-review__prompt">{question.prompt}</legend>
        <ResponseInputs question={question} seed={seed} response={shown} disabled marks={marks} onChange={lock} />
      </fieldset>
      <ul className="final-review__lines">
        {feedback.all.map((line) => (
          <li key={line.label} data-mark={line.mark}>
            <span className="final-review__label">{line.label}</span> <strong className="final-review__status">({line.status})</strong>{' '}
            <span>{line.explanation}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** After submission: every question, how it went, and why each option is right or not. */
export function FinalReview({ attempt, byId }: { attempt: FinalAttempt & { result: NonNullable<FinalAttempt['result']> }; byId: ReadonlyMap<string, ReviewItem> }) {
  return (
    <section aria-labelledby="final-review" className="final-review">
      <h2 id="final-review">Every question, explained</h2>
      <ol>
        {attempt.questions.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const score = attempt.result.scores[id] ?? 0;
          const response = attempt.responses[id];
          const verdict = verdictOf(score, Boolean(response && grade(item.question, response).status === 'graded'));
          return (
            <li key={id} className={`final-review__item final-review__item--${verdict.kind}`}>
              <h3>
                Question {index + 1}: <span className="final-review__verdict">{verdict.label}</span>
              </h3>
              {item.question.type === 'scenario' ? <p className="question__scenario">{item.question.scenario}</p> : null}
              <Answered question={item.question} response={response} seed={finalSeed(attempt)} />
              <p className="final-review__from">
                Taught in lesson {item.lesson.order}: <Link to={`/lessons/${item.lesson.slug}`}>{item.lesson.title}</Link>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
