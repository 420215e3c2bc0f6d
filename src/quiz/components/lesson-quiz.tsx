import { isRepeatClick } from './repeat-click';
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useProgress } from '../../progress/progress-store';
import { currentRecord } from '../../progress/quiz-progress';
import { retakeQuiz } from '../../progress/progress-actions';
import { attemptSeed } from '../lib/present';
import type { Question } from '../lib/question';
import { outcomeOf, type Outcome } from '../lib/outcome';
import { PrintableQuestions } from './printable-questions';
import { QuestionCard } from './question-card';
import { QuizSummary, QuizStats, type QuizLink } from './quiz-summary';
import './quiz.css';

interface LessonQuizProps {
  quizId: string;
  title: string;
  questions: readonly Question[];
  /** The quiz's own id in the page, so a link (`/lessons/:slug#quiz`) opens straight at it. */
  anchorId?: string | undefined;
  /** Where to go after the quiz (the next lesson, or the final assessment): the results screen leads with it. */
  next?: QuizLink | undefined;
  /** Where a question is taught (a section of the lesson), for "Review the N you missed". */
  taughtAt?: ((question: Question) => QuizLink | undefined) | undefined;
}

type DotState = Outcome | 'skipped' | 'open';
const dotWords: Record<DotState, string> = {
  right: 'right',
  partly: 'partly right',
  wrong: 'wrong',
  shown: 'answer shown',
  skipped: 'skipped',
  open: 'not answered yet',
};
const dotGlyph: Record<DotState, string> = { right: '✓', partly: '◐', wrong: '✗', shown: '✗', skipped: '–', open: '' };

/**
 * A quiz of several questions, one at a time: "Question 2 of 6", dots that show each
 * question right, wrong or skipped (in words too), Previous and Next or Skip; then the
 * results: what to do next, what to review, and "Retake quiz".
 */
export function LessonQuiz({ quizId, title, questions, anchorId, next, taughtAt }: LessonQuizProps) {
  const quiz = useProgress((state) => state.quizzes[quizId]);
  const attempt = quiz?.attempt ?? 1;
  const seed = attemptSeed(quizId, attempt);
  const target = useMemo(() => ({ quizId, questions }), [quizId, questions]);
  // One outcome per question in this attempt (shallow-compared strings, so answering
  // elsewhere in the course does not re-render this quiz).
  const outcomes = useProgress(
    useShallow((state) => questions.map((q) => outcomeOf(currentRecord(state.answers[q.id], q, quizId, attempt)))),
  );
  const answered = outcomes.map((o) => o !== null);
  const firstUnanswered = answered.indexOf(false);
  const [index, setIndex] = useState(() => (firstUnanswered < 0 ? questions.length : firstUnanswered));
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const focusRef = useRef<HTMLElement | null>(null);
  const setFocusTarget = (el: HTMLElement | null) => {
    focusRef.current = el;
  };
  const finishedThisAttempt = quiz ? quiz.completedAttempt >= quiz.attempt : false;

  const go = (to: number) => {
    setIndex(to);
    requestAnimationFrame(() => focusRef.current?.focus());
  };
  const retake = () => {
    retakeQuiz(quizId);
    setSkipped(new Set());
    go(0);
  };

  const showingSummary = index >= questions.length;
  const question = questions[index];
  const headingId = `${quizId}-heading`;
  const dots: DotState[] = questions.map((q, i) => outcomes[i] ?? (skipped.has(q.id) ? 'skipped' : 'open'));
  const isLast = index === questions.length - 1;
  const current = answered[index];

  return (
    <section className="quiz" aria-labelledby={headingId} id={anchorId} tabIndex={anchorId ? -1 : undefined}>
      <h2 id={headingId} className="quiz__title">
        {title}
      </h2>
      <QuizStats quiz={quiz} />
      <PrintableQuestions questions={questions} />
      <div className="quiz__interactive">
        {showingSummary ? (
          <QuizSummary
            quiz={quiz}
            finished={finishedThisAttempt}
            questions={questions}
            quizId={quizId}
            attempt={attempt}
            focusTarget={setFocusTarget}
            onReview={go}
            onRetake={retake}
            next={next}
            taughtAt={taughtAt}
          />
        ) : question ? (
          <>
            <p className="quiz__position" ref={setFocusTarget} tabIndex={-1}>
              Question {index + 1} of {questions.length}
              <span className="visually-hidden">{current ? ', answered' : ''}</span>
            </p>
            <ol className="quiz__dots" aria-label="Your answers so far">
              {dots.map((state, i) => (
                <li key={questions[i]?.id} className={`quiz__dot quiz__dot--${state}${i === index ? ' quiz__dot--current' : ''}`}>
                  <span aria-hidden="true">{dotGlyph[state]}</span>
                  <span className="visually-hidden">
                    Question {i + 1}: {dotWords[state]}
                    {i === index ? ' (this one)' : ''}
                  </span>
                </li>
              ))}
            </ol>
            <QuestionCard key={`${question.id}#${attempt}`} question={question} target={target} attempt={attempt} seed={seed} />
            <nav className="quiz__nav" aria-label={`${title} navigation`}>
              <button type="button" className="button button--secondary" disabled={index === 0} onClick={(event) => isRepeatClick(event) || go(index - 1)}>
                Previous
              </button>
              <button
                type="button"
                className={current ? 'button' : 'button button--secondary'}
                onClick={(event) => {
                  if (isRepeatClick(event)) return;
                  if (!current) setSkipped((old) => new Set(old).add(question.id));
                  go(index + 1);
                }}
              >
                {isLast ? 'See your score' : current ? 'Next question' : 'Skip for now'}
              </button>
            </nav>
          </>
        ) : null}
      </div>
    </section>
  );
}
