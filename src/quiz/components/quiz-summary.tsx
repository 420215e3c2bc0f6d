import { useShallow } from 'zustand/react/shallow';
import { useProgress } from '../../progress/progress-store';
import { scorePercent, type AttemptSummary, type QuizRecord } from '../../progress/progress-types';
import { currentRecord, isAnswered } from '../../progress/quiz-progress';
import { formatDate, isoDate, UNKNOWN_DATE } from '../../ui/format-date';
import type { Question } from '../lib/question';

const formatScore = (s: AttemptSummary) => `${Number.isInteger(s.score) ? s.score : s.score.toFixed(1)} of ${s.total}`;

/** Score history in one line: last score, best, attempts, when last taken. */
export function QuizStats({ quiz }: { quiz: QuizRecord | undefined }) {
  if (!quiz?.last || !quiz.best) return null;
  const lastTaken = isoDate(quiz.last.at);
  return (
    <dl className="quiz-stats">
      <div>
        <dt>Last score</dt>
        <dd>{formatScore(quiz.last)}</dd>
      </div>
      <div>
        <dt>Best</dt>
        <dd>
          {formatScore(quiz.best)} ({scorePercent(quiz.best)}%)
        </dd>
      </div>
      <div>
        <dt>Attempts</dt>
        <dd>{quiz.completed}</dd>
      </div>
      <div>
        <dt>Last taken</dt>
        <dd>
          {lastTaken ? <time dateTime={lastTaken}>{formatDate(quiz.last.at, 'long')}</time> : UNKNOWN_DATE}
        </dd>
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
}

/** The end of a quiz: the score (first answers count), what to review, and a retake. */
export function QuizSummary({ quiz, finished, questions, quizId, attempt, focusTarget, onReview, onRetake }: QuizSummaryProps) {
  // Only this quiz's own records, shallow-compared: answering elsewhere does not re-render it.
  const saved = useProgress(useShallow((state) => questions.map((q) => state.answers[q.id])));
  const records = questions.map((q, i) => currentRecord(saved[i], q, quizId, attempt));
  const unanswered = questions.map((q, i) => ({ q, i })).filter(({ i }) => !isAnswered(records[i]));
  const toReview = questions.map((q, i) => ({ q, i, r: records[i] })).filter(({ r }) => isAnswered(r) && (r.firstScore < 1 || r.revealed));

  return (
    <div className="quiz-summary">
      <h3 ref={focusTarget} tabIndex={-1}>
        {finished && quiz?.last ? `You scored ${formatScore(quiz.last)} (${scorePercent(quiz.last)}%)` : 'Not finished yet'}
      </h3>
      {finished ? (
        <p>Your first answer to each question counts towards the score; tries after that are for learning.</p>
      ) : (
        <>
          <p>
            Answer every question to get your score. {unanswered.length} of {questions.length} still to answer:
          </p>
          <ul className="quiz-summary__list">
            {unanswered.map(({ q, i }) => (
              <li key={q.id}>
                <button type="button" className="button button--quiet" onClick={() => onReview(i)}>
                  Question {i + 1}: {q.prompt}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {toReview.length > 0 ? (
        <>
          <h4>Worth another look</h4>
          <ul className="quiz-summary__list">
            {toReview.map(({ q, i, r }) => (
              <li key={q.id}>
                <button type="button" className="button button--quiet" onClick={() => onReview(i)}>
                  Question {i + 1}: {q.prompt}
                </button>{' '}
                <span className="quiz-summary__note">{r?.revealed ? '(answer shown)' : r && r.firstScore > 0 ? '(partly right)' : '(missed)'}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <button type="button" className="button" onClick={onRetake}>
          Retake quiz
        </button>
      </p>
    </div>
  );
}
