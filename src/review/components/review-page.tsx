import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { courseQuestionIds } from '../../course/course-question-ids';
import { useShallow } from 'zustand/react/shallow';
import { useProgress, useProgressHydrated } from '../../progress/progress-store';
import { reviewQuizId } from '../../progress/review-ids';
import { currentRecord, isAnswered } from '../../progress/quiz-progress';
import { QuestionCard } from '../../quiz/components/question-card';
import { attemptSeed } from '../../quiz/lib/present';
import type { Question } from '../../quiz/lib/question';
import { formatDate, UNKNOWN_DATE } from '../../ui/format-date';
import { plural } from '../../ui/plural';
import { usePageTitle } from '../../ui/use-page-title';
import { nextDue, scheduledCount } from '../lib/due';
import './review.css';

/** A due question and the lesson that teaches it. */
export interface ReviewItem {
  question: Question;
  lesson: { slug: string; title: string; order: number };
}

/** The question as asked in review: its answer here is kept apart from its lesson quiz's (progress/review-ids.ts). */
function useAsked(question: Question) {
  const quizId = reviewQuizId(question.id);
  const attempt = useProgress((state) => state.quizzes[quizId]?.attempt ?? 1);
  const asked = useMemo(() => ({ ...question, id: quizId }), [question, quizId]);
  const target = useMemo(() => ({ quizId, questions: [asked] }), [quizId, asked]);
  return { quizId, attempt, asked, target };
}

function ReviewQuestion({ item, index, total, onNext, positionRef }: { item: ReviewItem; index: number; total: number; onNext: () => void; positionRef: React.Ref<HTMLParagraphElement> }) {
  const { quizId, attempt, asked, target } = useAsked(item.question);
  const answered = useProgress((state) => isAnswered(currentRecord(state.answers[quizId], asked, quizId, attempt)));
  const last = index === total - 1;
  return (
    <>
      <p className="review__position" ref={positionRef} tabIndex={-1}>
        Question {index + 1} of {total}
      </p>
      <p className="review__from">
        From lesson {item.lesson.order}: <Link to={`/lessons/${item.lesson.slug}`}>{item.lesson.title}</Link>
      </p>
      <QuestionCard key={`${quizId}#${attempt}`} question={asked} target={target} attempt={attempt} seed={attemptSeed(quizId, attempt)} />
      <div className="review__nav">
        <button type="button" className={answered ? 'button' : 'button button--secondary'} onClick={onNext}>
          {last ? 'Finish the review' : answered ? 'Next question' : 'Skip for now'}
        </button>
      </div>
    </>
  );
}

/** When the next question falls due, in words. */
function NextReview() {
  const reviews = useProgress((state) => state.reviews);
  const [now] = useState(() => Date.now());
  // Questions the course no longer has stay in the saved schedule, unmentioned (lib/due.ts).
  const next = nextDue(reviews, now, courseQuestionIds);
  const scheduled = scheduledCount(reviews, courseQuestionIds);
  if (scheduled === 0) {
    return (
      // Shorter than the introduction above it, which the page is built with: the largest text a
      // learner sees first is then painted with the page, not after saved progress is read.
      <p>
        Nothing to review yet: answer a lesson’s quiz first. <Link to="/">Start with the course map</Link>.
      </p>
    );
  }
  return (
    <p>
      {plural(scheduled, 'question')} {scheduled === 1 ? 'is' : 'are'} in your review schedule.
      {next !== null ? ` The next comes back on ${formatDate(next, 'long') ?? UNKNOWN_DATE}.` : ''}
    </p>
  );
}

function ReviewDone({ items }: { items: readonly ReviewItem[] }) {
  // Right first time in this review: the first check earned full marks, without the answer shown.
  const right = useProgress(
    useShallow((state) =>
      items.filter(({ question }) => {
        const quizId = reviewQuizId(question.id);
        const record = currentRecord(state.answers[quizId], { ...question, id: quizId }, quizId, state.quizzes[quizId]?.attempt ?? 1);
        return record && record.tries > 0 && !record.revealed && record.firstScore === 1;
      }).length,
    ),
  );
  const answered = useProgress(
    useShallow((state) =>
      items.filter(({ question }) => {
        const quizId = reviewQuizId(question.id);
        return isAnswered(currentRecord(state.answers[quizId], { ...question, id: quizId }, quizId, state.quizzes[quizId]?.attempt ?? 1));
      }).length,
    ),
  );
  return (
    <section aria-labelledby="review-done" className="review__done">
      <h2 id="review-done" tabIndex={-1}>
        Review finished
      </h2>
      <p>
        You answered {answered} of {plural(items.length, 'question')}, {right} right first time. Each now comes back when it is due
        again: sooner if you missed it, later if you knew it.
      </p>
      <NextReview />
      <p>
        <Link to="/mastery">See how well you know each objective</Link>
      </p>
    </section>
  );
}

/**
 * The spaced review: the questions that are due, missed ones first, asked with the lesson
 * quizzes' own question card. Answering rates the question and moves it in the schedule.
 */
export function ReviewPage({ items }: { items: readonly ReviewItem[] }) {
  usePageTitle('Review');
  const hydrated = useProgressHydrated();
  const [index, setIndex] = useState(0);
  const positionRef = useRef<HTMLParagraphElement>(null);
  const next = () => {
    setIndex((i) => i + 1);
    requestAnimationFrame(() => (positionRef.current ?? document.getElementById('review-done'))?.focus());
  };
  return (
    <div className="review">
      <h1>Review</h1>
      <p className="review__intro">
        Questions you have answered come back here when they are due, spaced out so that they stick. The ones you missed come first.
      </p>
      {!hydrated ? (
        <p role="status">Reading your progress…</p>
      ) : items.length === 0 ? (
        <>
          <p role="status" className="review__status">
            Nothing is due for review now.
          </p>
          <NextReview />
        </>
      ) : index < items.length ? (
        <>
          <p className="review__status">{plural(items.length, 'question')} due now.</p>
          <ReviewQuestion key={items[index]!.question.id} item={items[index]!} index={index} total={items.length} onNext={next} positionRef={positionRef} />
        </>
      ) : (
        <ReviewDone items={items} />
      )}
    </div>
  );
}
