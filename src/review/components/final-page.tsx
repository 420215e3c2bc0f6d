import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { answerFinalQuestion, startFinalAssessment, submitFinalAssessment } from '../../progress/final-actions';
import { useProgress, useProgressHydrated } from '../../progress/progress-store';
import type { FinalAttempt, FinalResult } from '../../progress/progress-types';
import { emptyResponse } from '../../quiz/lib/draft';
import { grade } from '../../quiz/lib/grade';
import type { Question } from '../../quiz/lib/question';
import type { Response } from '../../quiz/lib/response';
import { formatDate, UNKNOWN_DATE } from '../../ui/format-date';
import { Notice } from '../../ui/notice';
import { plural } from '../../ui/plural';
import { ScrollingTable } from '../../ui/scrolling-table';
import { usePageTitle } from '../../ui/use-page-title';
import { FINAL_PASS_RATIO, FINAL_SIZE, finalPassed } from '../lib/final-rules';
import { Certificate } from './certificate';
import { FinalQuestion, finalSeed } from './final-question';
import { FinalReview } from './final-review';
import type { ReviewItem } from './review-page';
import './review.css';

const PASS_PERCENT = Math.round(FINAL_PASS_RATIO * 100);
const percent = (r: Pick<FinalResult, 'score' | 'total'>) => Math.round((r.score / r.total) * 100);
/** Whole questions right, as the learner counts them; partial credit is in the percentage. */
const wholeRight = (scores: Record<string, number>) => Object.values(scores).filter((s) => s === 1).length;

function PastResults({ results }: { results: readonly FinalResult[] }) {
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="final-history">
      <h2 id="final-history">Your results</h2>
      <ScrollingTable
        label="Every final assessment you have submitted"
        table={
          <table className="final__history">
            <caption className="visually-hidden">Every final assessment you have submitted</caption>
            <thead>
              <tr>
                <th scope="col">Attempt</th>
                <th scope="col">Date</th>
                <th scope="col">Score</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {[...results].reverse().map((r) => (
                <tr key={`${r.n}:${r.at}`}>
                  <th scope="row">{r.n}</th>
                  <td>{formatDate(r.at, 'short') ?? UNKNOWN_DATE}</td>
                  <td>{percent(r)}%</td>
                  <td>{finalPassed(r) ? 'Passed' : 'Not yet passed'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}

function FinalForm({ attempt, byId }: { attempt: FinalAttempt; byId: ReadonlyMap<string, ReviewItem> }) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const questions = attempt.questions.map((id) => byId.get(id)?.question).filter((q): q is Question => Boolean(q));
  // Answered: touched, and complete enough to mark (every item matched, at least one option chosen).
  const unanswered = questions.filter((q) => {
    const response: Response | undefined = attempt.responses[q.id];
    return !response || grade(q, response).status !== 'graded';
  }).length;
  const submit = () => {
    // An ordering question left as it was shown is answered with that order.
    for (const q of questions) if (!attempt.responses[q.id] && q.type === 'ordering') answerFinalQuestion(q.id, emptyResponse(q, finalSeed(attempt)));
    submitFinalAssessment([...byId.values()].map((item) => item.question));
    requestAnimationFrame(() => document.getElementById('final-result')?.focus());
  };
  return (
    <form
      className="final__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (unanswered > 0 && !confirming) {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.querySelector<HTMLElement>('button')?.focus());
          return;
        }
        submit();
      }}
    >
      <p className="final__status" role="status">
        Attempt {attempt.n}: {questions.length - unanswered} of {plural(questions.length, 'question')} answered. Your answers are saved as you go.
      </p>
      <ol className="final__questions">
        {questions.map((question, index) => (
          <li key={question.id} aria-labelledby={`final-q-${index}`}>
            <h2 id={`final-q-${index}`} className="final__number">
              Question {index + 1} of {questions.length}
            </h2>
            <FinalQuestion question={question} seed={finalSeed(attempt)} response={attempt.responses[question.id]} onChange={(response) => answerFinalQuestion(question.id, response)} />
          </li>
        ))}
      </ol>
      {confirming && unanswered > 0 ? (
        <div ref={confirmRef}>
          <Notice
            tone="warning"
            title={`${plural(unanswered, 'question')} not answered`}
            actions={
              <>
                <button type="submit" className="button">
                  Submit anyway
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  Keep answering
                </button>
              </>
            }
          >
            <p>A question left unanswered (or half answered) scores nothing; a list of steps you did not touch is marked in the order shown.</p>
          </Notice>
        </div>
      ) : (
        <button type="submit" className="button final__submit">
          Submit your answers
        </button>
      )}
    </form>
  );
}

function FinalResultSummary({ attempt }: { attempt: FinalAttempt & { result: NonNullable<FinalAttempt['result']> } }) {
  const { result } = attempt;
  const passed = finalPassed(result);
  const right = wholeRight(result.scores);
  return (
    <section aria-labelledby="final-result" className={`final__result final__result--${passed ? 'pass' : 'fail'}`}>
      <h2 id="final-result" tabIndex={-1}>
        <span aria-hidden="true">{passed ? '✓ ' : ''}</span>
        {passed ? 'Passed' : 'Not passed yet'}: {percent(result)}%
      </h2>
      <p>
        {right} of {plural(result.total, 'question')} fully right
        {result.score > right ? `, with partial credit making ${percent(result)}%` : ''}. The pass mark is {PASS_PERCENT}%. Submitted on{' '}
        {formatDate(result.at, 'long') ?? UNKNOWN_DATE}.
      </p>
      {passed ? (
        <p>
          Well done: you have passed the course’s final assessment. <a href="#certificate">Your certificate</a> is below.
        </p>
      ) : (
        <p>
          Go over the questions below, then <Link to="/review">review what is due</Link> or revisit the lessons before you take it again.
          A retake asks a different set of questions.
        </p>
      )}
    </section>
  );
}

function Intro({ count }: { count: number }) {
  return (
    <p className="review__intro">
      {count} questions drawn from every lesson, about two from each and across their objectives. Nothing is marked until you submit.
      The pass mark is {PASS_PERCENT}%; partial credit counts. Passing gives you a certificate to print.
    </p>
  );
}

/** The final assessment: start, answer everything without feedback, submit, then the review of every question. */
export function FinalPage({ items }: { items: readonly ReviewItem[] }) {
  usePageTitle('Final assessment');
  const hydrated = useProgressHydrated();
  const attempt = useProgress((state) => state.finalAttempt);
  const results = useProgress((state) => state.finalResults);
  const byId = useMemo(() => new Map(items.map((item) => [item.question.id, item])), [items]);
  const bestPass = results.filter(finalPassed).reduce<FinalResult | null>((best, r) => (!best || percent(r) > percent(best) ? r : best), null);
  const start = () => {
    startFinalAssessment(items.map((item) => item.question));
    requestAnimationFrame(() => document.getElementById('final-q-0')?.focus());
  };
  const startButton = (label: string) => (
    <button type="button" className="button" onClick={start}>
      {label}
    </button>
  );

  let body;
  if (!hydrated) body = <p role="status">Reading your progress…</p>;
  else if (attempt && !attempt.result) body = <FinalForm attempt={attempt} byId={byId} />;
  else if (attempt?.result) {
    const submitted = attempt as FinalAttempt & { result: NonNullable<FinalAttempt['result']> };
    body = (
      <>
        <FinalResultSummary attempt={submitted} />
        <div className="final__actions">{startButton('Take it again (new questions)')}</div>
        <FinalReview attempt={submitted} byId={byId} />
        {bestPass ? <Certificate result={bestPass} /> : null}
        <PastResults results={results} />
      </>
    );
  } else {
    body = (
      <>
        <div className="final__actions">{startButton('Start the final assessment')}</div>
        {bestPass ? <Certificate result={bestPass} /> : null}
        <PastResults results={results} />
      </>
    );
  }
  return (
    <div className="final">
      <h1>Final assessment</h1>
      {/* With the page, before saved progress is read: it is what the assessment is, whatever stage the learner is at. */}
      <Intro count={FINAL_SIZE} />
      {body}
    </div>
  );
}
