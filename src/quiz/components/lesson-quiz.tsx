import { isRepeatClick } from './repeat-click';
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useProgress } from '../../progress/progress-store';
import { currentRecord, isAnswered } from '../../progress/quiz-progress';
import { retakeQuiz } from '../../progress/progress-actions';
import { attemptSeed } from '../lib/present';
import type { Question } from '../lib/question';
import { PrintableQuestions } from './printable-questions';
import { QuestionCard } from './question-card';
import { QuizSummary, QuizStats } from './quiz-summary';
import './quiz.css';

interface LessonQuizProps {
  quizId: string;
  title: string;
  questions: readonly Question[];
}

/**
 * A quiz of several questions, one at a time: "Question 2 of 6", Previous and Next,
 * then the score with best score, attempts and when last taken, a list of what to
 * review, and "Retake quiz".
 */
export function LessonQuiz({ quizId, title, questions }: LessonQuizProps) {
  const quiz = useProgress((state) => state.quizzes[quizId]);
  const attempt = quiz?.attempt ?? 1;
  const seed = attemptSeed(quizId, attempt);
  const target = useMemo(() => ({ quizId, questions }), [quizId, questions]);
  // One boolean per question: answered in this attempt? (Shallow-compared, so answering
  // elsewhere in the course does not re-render this quiz.)
  const answered = useProgress(
    useShallow((state) =>
      questions.map((q) => isAnswered(currentRecord(state.answers[q.id], q, quizId, attempt))),
    ),
  );
  const firstUnanswered = answered.indexOf(false);
  const [index, setIndex] = useState(() => (firstUnanswered < 0 ? questions.length : firstUnanswered));
  const focusRef = useRef<HTMLElement | null>(null);
  const setFocusTarget = (el: HTMLElement | null) => {
    focusRef.current = el;
  };
  const finishedThisAttempt = quiz ? quiz.completedAttempt >= quiz.attempt : false;

  const go = (next: number) => {
    setIndex(next);
    requestAnimationFrame(() => focusRef.current?.focus());
  };
  const retake = () => {
    retakeQuiz(quizId);
    go(0);
  };

  const showingSummary = index >= questions.length;
  const question = questions[index];
  const headingId = `${quizId}-heading`;

  return (
    <section className="quiz" aria-labelledby={headingId}>
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
          />
        ) : question ? (
          <>
            <p className="quiz__position" ref={setFocusTarget} tabIndex={-1}>
              Question {index + 1} of {questions.length}
              <span className="visually-hidden">{answered[index] ? ', answered' : ''}</span>
            </p>
            <ol className="quiz__dots" aria-hidden="true">
              {questions.map((q, i) => (
                <li key={q.id} className={`quiz__dot${i === index ? ' quiz__dot--current' : ''}${answered[i] ? ' quiz__dot--done' : ''}`} />
              ))}
            </ol>
            <QuestionCard key={`${question.id}#${attempt}`} question={question} target={target} attempt={attempt} seed={seed} />
            <nav className="quiz__nav" aria-label={`${title} navigation`}>
              <button type="button" className="button button--secondary" disabled={index === 0} onClick={(event) => isRepeatClick(event) || go(index - 1)}>
                Previous
              </button>
              <button type="button" className="button" onClick={(event) => isRepeatClick(event) || go(index + 1)}>
                {index === questions.length - 1 ? 'See your score' : answered[index] ? 'Next question' : 'Skip for now'}
              </button>
            </nav>
          </>
        ) : null}
      </div>
    </section>
  );
}
