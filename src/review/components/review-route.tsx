import { useLoaderData } from 'react-router';
import { loadCourseBank } from '../../course/course-bank';
import { courseQuestionIds } from '../../course/course-question-ids';
import { useProgress } from '../../progress/progress-store';
import { prepareReview } from '../../progress/review-actions';
import { dueInOrder } from '../lib/due';
import { ReviewPage, type ReviewItem } from './review-page';

/**
 * The review page's data: every bank (to find the due questions), after saved progress has
 * been read (the route waits for it). Answered questions missing from the schedule join it,
 * and the due ones, in order, are fixed for this visit: a question answered here stays on
 * screen with its feedback until the learner moves on.
 */
export async function loader(): Promise<{ items: ReviewItem[] }> {
  const banks = await loadCourseBank();
  const byId = new Map<string, ReviewItem>();
  for (const { lesson, questions } of banks) for (const question of questions) byId.set(question.id, { question, lesson: { slug: lesson.slug, title: lesson.title, order: lesson.order } });
  // The prerendered page has no saved progress: it shows "Reading…" until the browser's own loader has run.
  if (typeof window === 'undefined') return { items: [] };
  const due = (data: { reviews: Parameters<typeof dueInOrder>[0] }) => dueInOrder(data.reviews, Date.now(), courseQuestionIds).filter((id) => byId.has(id));
  prepareReview([...byId.values()].map((item) => item.question), (data) => due(data).map((id) => byId.get(id)!.question));
  return { items: due(useProgress.getState()).map((id) => byId.get(id)!) };
}

export function Component() {
  const { items } = useLoaderData<typeof loader>();
  return <ReviewPage items={items} />;
}

