import { useMemo } from 'react';
import { useProgress } from '../../progress/progress-store';
import { QuestionCard } from '../../quiz/components/question-card';
import { LessonQuiz as Quiz } from '../../quiz/components/lesson-quiz';
import { useSavedWorkKey } from '../../quiz/components/saved-work-key';
import { attemptSeed } from '../../quiz/lib/present';
import type { Question } from '../../quiz/lib/question';
import { useLessonContext } from '../lesson-context';
import { lessons } from '../lessons';
import { QUIZ_ANCHOR } from '../quiz-status';
import { sectionId } from '../section-id';
import { checkpointQuizId, lessonQuizId } from '../../progress/quiz-ids';

/** One question from the lesson's bank, inside the lesson text. Its own one-question quiz. */
export function Checkpoint({ id }: { id: string }) {
  const { questions } = useLessonContext();
  const question = questions.find((q) => q.id === id);
  const quizId = checkpointQuizId(id);
  const attempt = useProgress((state) => state.quizzes[quizId]?.attempt ?? 1);
  const target = useMemo(() => ({ quizId, questions: question ? [question] : [] }), [quizId, question]);
  // Prerendered (and hydrated) unanswered; mounted afresh once read if saved progress has an
  // answer or hint for it, else the learner's choice stays.
  const key = useSavedWorkKey(quizId, target.questions);
  if (!question) return null; // the content tests reject unknown ids; never break the page
  return (
    <div className="checkpoint">
      <p className="checkpoint__label">Checkpoint</p>
      <QuestionCard
        key={key}
        question={question}
        target={target}
        attempt={attempt}
        seed={attemptSeed(quizId, attempt)}
      />
    </div>
  );
}

/**
 * The end-of-lesson quiz: every question the bank places in the quiz, one at a time. Its
 * results lead on to the next lesson (after the last, the final assessment) and link each
 * missed question to the section that teaches its objective.
 */
export function LessonQuiz() {
  const { lesson, questions } = useLessonContext();
  const quizQuestions = useMemo(() => questions.filter((q) => q.placement === 'quiz'), [questions]);
  const next = useMemo(() => {
    const following = lessons.find((l) => l.order > lesson.order);
    return following ? { to: `/lessons/${following.slug}`, label: `Next lesson: ${following.title}` } : { to: '/final', label: 'Take the final assessment' };
  }, [lesson.order]);
  const taughtAt = useMemo(() => {
    const sections = new Map(lesson.objectives.map((o) => [o.id, o.section]));
    return (question: Question) => {
      const section = sections.get(question.objective);
      return section ? { to: `/lessons/${lesson.slug}#${sectionId(section)}`, label: `Read “${section}” again` } : undefined;
    };
  }, [lesson.objectives, lesson.slug]);
  // The prerendered page (and so the hydrating one) shows question 1. Once saved progress has
  // been read, the quiz starts again where the learner left off if saved progress holds any of
  // it; if not, the learner keeps the question they are on and what they chose.
  const quizId = lessonQuizId(lesson.slug);
  const key = useSavedWorkKey(quizId, quizQuestions);
  return (
    <Quiz
      key={key}
      quizId={quizId}
      title="Quiz"
      questions={quizQuestions}
      anchorId={QUIZ_ANCHOR}
      next={next}
      taughtAt={taughtAt}
    />
  );
}
