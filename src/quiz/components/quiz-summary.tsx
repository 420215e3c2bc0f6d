import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useProgress } from '../../progress/progress-store';
import { scorePercent, type QuizRecord } from '../../progress/progress-types';
import { currentRecord } from '../../progress/quiz-progress';
import { formatDate, isoDate, UNKNOWN_DATE } from '../../ui/format-date';
import { outcomeOf, wholeQuestionsRight, type Outcome } from '../lib/outcome';
import type { Question } from '../lib/question';

/** A link the results screen offers: the next lesson, the final assessment, the section a question is taught in. */
export interface QuizLink {
  to: string;
  label: string;
}

/**
 * Score history in one line: last score, best, attempts, when last taken. Saved scores hold
 * the credit, not how many questions were whole, so they read as percentages.
 */
export function QuizStats({ quiz }: { quiz: QuizRecord | undefined }) {
  if (!quiz?.last || !quiz.best) return null;
  const lastTaken = isoDate(quiz.last.at);
  return (
    <dl className="quiz-stats">
      <div>
        <dt>Last score</dt>
        <dd>{scorePercent(quiz.last)}%</dd>
      </div>
      <div>
        <dt>Best</dt>
        <dd>{scorePercent(quiz.best)}%</dd>
      </div>
      <div>
        <dt>Attempts</dt>
        <dd>{quiz.completed}</dd>
      </div>
      <div>
        <dt>Last taken</dt>
        <dd>{lastTaken ? <time dateTime={lastTaken}>{formatDate(quiz.last.at, 'long')}</time> : UNKNOWN_DATE}</dd>
      </div>
    </dl>
  );
}

interface QuizSummaryProps {
  quiz: QuizRecord | undefined;
  finished: boolean;
  questions: readonly Question[];
  quizId: string;
  attempt: number;
  focusTarget: (el: HTMLElement | null) => void;
  onReview: (index: number) => void;
  onRetake: () => void;
  next?: QuizLink | undefined;
  taughtAt?: ((question: Question) => QuizLink | undefined) | undefined;
}

const missedNote: Record<Exclude<Outcome, 'right'>, string> = { partly: 'partly right', wrong: 'missed', shown: 'answer shown' };

/**
 * The end of a quiz. It leads with what to do next (the next lesson), then "Review the N you
 * missed", each linked to where it is taught, then "Retake quiz". The score is in whole
 * questions ("5 of 8 right"), with partial credit as a percentage.
 */
export function QuizSummary({ quiz, finished, questions, quizId, attempt, focusTarget, onReview, onRetake, next, taughtAt }: QuizSummaryProps) {
  // Only this quiz's own records, shallow-compared: answering elsewhere does not re-render it.
  const saved = useProgress(useShallow((state) => questions.map((q) => state.answers[q.id])));
  const outcomes = questions.map((q, i) => outcomeOf(currentRecord(saved[i], q, quizId, attempt)));
  const unanswered = questions.map((q, i) => ({ q, i })).filter(({ i }) => outcomes[i] === null);
  const missed = questions
    .map((q, i) => ({ q, i, outcome: outcomes[i] }))
    .filter((m): m is { q: Question; i: number; outcome: Exclude<Outcome, 'right'> } => m.outcome !== null && m.outcome !== 'right');
  const right = wholeQuestionsRight(outcomes);
  const perfect = finished && right === questions.length;
  const partly = outcomes.filter((o) => o === 'partly').length;

  return (
    <div className={`quiz-summary${perfect ? ' quiz-summary--perfect' : ''}`}>
      <h3 ref={focusTarget} tabIndex={-1}>
        {!finished ? 'Not finished yet' : perfect ? `All ${questions.length} right: a perfect score` : `You got ${right} of ${questions.length} right`}
      </h3>
      {finished ? (
        <p>
          {perfect ? (
            <>
              <span aria-hidden="true">★ </span>Every first answer was right. Well done.
            </>
          ) : (
            <>
              Score with partial credit: <strong>{quiz?.last ? scorePercent(quiz.last) : 0}%</strong>
              {partly > 0 ? ` (${partly} partly right earn${partly === 1 ? 's' : ''} part of a mark)` : ''}.
            </>
          )}{' '}
          Your first answer to each question counts; tries after that are for learning.
        </p>
      ) : (
        <>
          <p>
            Answer every question to get your score. {unanswered.length} of {questions.length} still to answer:
          </p>
          <ul className="quiz-summary__list">
            {unanswered.map(({ q, i }) => (
              <li key={q.id}>
                <button type="button" className="button button--quiet" onClick={() => onReview(i)}>
                  Question {i + 1}: {q.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {finished && next ? (
        <p className="quiz-summary__next">
          <Link className="button" to={next.to}>
            {next.label}
          </Link>
        </p>
      ) : null}
      {missed.length > 0 ? (
        <section className="quiz-summary__review" aria-labelledby={`${quizId}-review`}>
          <h4 id={`${quizId}-review`}>Review the {missed.length} you missed</h4>
          <ul className="quiz-summary__list">
            {missed.map(({ q, i, outcome }) => {
              const where = taughtAt?.(q);
              return (
                <li key={q.id} className="quiz-summary__missed">
                  <span className="quiz-summary__missed-title">
                    {q.title} <span className="quiz-summary__note">({missedNote[outcome]})</span>
                  </span>
                  <span className="quiz-summary__missed-links">
                    {where ? <Link to={where.to}>{where.label}</Link> : null}
                    <button type="button" className="button button--quiet" aria-label={`See question ${i + 1}: ${q.title}`} onClick={() => onReview(i)}>
                      See question {i + 1}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <p>
        <button type="button" className="button button--secondary" onClick={onRetake}>
          Retake quiz
        </button>
      </p>
    </div>
  );
}
