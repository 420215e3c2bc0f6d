import { useMemo } from 'react';
import { useProgress, useProgressHydrated } from '../../progress/progress-store';
import { QuestionCard } from '../../quiz/components/question-card';
import { LessonQuiz as Quiz } from '../../quiz/components/lesson-quiz';
import { attemptSeed } from '../../quiz/lib/present';
import { useLessonContext } from '../lesson-context';
import { QUIZ_SECTION_ID } from '../section-id';
import { checkpointQuizId, lessonQuizId } from '../../progress/quiz-ids';

/** One question from the lesson's bank, inside the lesson text. Its own one-question quiz. */
export function Checkpoint({ id }: { id: string }) {
  const { questions } = useLessonContext();
  const question = questions.find((q) => q.id === id);
  const quizId = checkpointQuizId(id);
  const attempt = useProgress((state) => state.quizzes[quizId]?.attempt ?? 1);
  const target = useMemo(() => ({ quizId, questions: question ? [question] : [] }), [quizId, question]);
  // Prerendered (and hydrated) unanswered; mounted afresh with the saved answer and hint once read.
  const hydrated = useProgressHydrated();
  if (!question) return null; // the content tests reject unknown ids; never break the page
  return (
    <div className="checkpoint">
      <p className="checkpoint__label">Checkpoint</p>
      <QuestionCard
        key={hydrated ? 'saved' : 'prerendered'}
        question={question}
        target={target}
        attempt={attempt}
        seed={attemptSeed(quizId, attempt)}
      />
    </div>
  );
}

/** The end-of-lesson quiz: every question the bank places in the quiz, one at a time. */
export function LessonQuiz() {
  const { lesson, questions } = useLessonContext();
  const quizQuestions = useMemo(() => questions.filter((q) => q.placement === 'quiz'), [questions]);
  // The prerendered page (and so the hydrating one) shows question 1; once saved progress
  // has been read, the quiz starts again where the learner left off.
  const hydrated = useProgressHydrated();
  // "Jump to quiz" and the section menu link here (lesson-sections.ts, QUIZ_SECTION_ID).
  return (
    <div id={QUIZ_SECTION_ID} className="lesson-quiz" tabIndex={-1}>
      <Quiz key={hydrated ? 'saved' : 'prerendered'} quizId={lessonQuizId(lesson.slug)} title="Quiz" questions={quizQuestions} />
    </div>
  );
}
