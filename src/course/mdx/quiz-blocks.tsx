import { useMemo } from 'react';
import { useProgress } from '../../progress/progress-store';
import { QuestionCard } from '../../quiz/components/question-card';
import { LessonQuiz as Quiz } from '../../quiz/components/lesson-quiz';
import { attemptSeed } from '../../quiz/lib/present';
import { useLessonContext } from '../lesson-context';
import { checkpointQuizId, lessonQuizId } from '../../progress/quiz-ids';

/** One question from the lesson's bank, inside the lesson text. Its own one-question quiz. */
export function Checkpoint({ id }: { id: string }) {
  const { questions } = useLessonContext();
  const question = questions.find((q) => q.id === id);
  const quizId = checkpointQuizId(id);
  const attempt = useProgress((state) => state.quizzes[quizId]?.attempt ?? 1);
  const target = useMemo(() => ({ quizId, questions: question ? [question] : [] }), [quizId, question]);
  if (!question) return null; // the content tests reject unknown ids; never break the page
  return (
    <div className="checkpoint">
      <p className="checkpoint__label">Checkpoint</p>
      <QuestionCard question={question} target={target} attempt={attempt} seed={attemptSeed(quizId, attempt)} />
    </div>
  );
}

/** The end-of-lesson quiz: every question the bank places in the quiz, one at a time. */
export function LessonQuiz() {
  const { lesson, questions } = useLessonContext();
  const quizQuestions = useMemo(() => questions.filter((q) => q.placement === 'quiz'), [questions]);
  return <Quiz quizId={lessonQuizId(lesson.slug)} title="Quiz" questions={quizQuestions} />;
}
