/**
 * The spaced-review scheduler: FSRS (ts-fsrs) over the saved ReviewCard. Loaded only where a
 * review is recorded (after an answer, and with the review page), never on the first page.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard, ReviewRating } from './review-card';

/**
 * Long-term scheduling only: a missed question is due again the next day, not in a minute
 * (learning steps suit a flash-card session, not a course one visits now and then). No fuzz,
 * so the same answers give the same schedule in every tab and every test.
 */
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

const toCard = (c: ReviewCard): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: 0,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  last_review: new Date(c.lastReview),
});

/**
 * The card after a review rated `rating` at `now` (ms since 1970). A question not yet in the
 * schedule (`card` undefined) joins it with this, its first review.
 */
export function reviewCard(card: ReviewCard | undefined, rating: ReviewRating, now: number): ReviewCard {
  const at = new Date(now);
  const next = scheduler.next(card ? toCard(card) : createEmptyCard(at), at, rating as Grade).card;
  return {
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state as ReviewCard['state'],
    lastReview: now,
    lastRating: rating,
  };
}
