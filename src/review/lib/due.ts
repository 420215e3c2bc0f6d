/**
 * Which questions are due for review, and in what order. Pure and tiny (no scheduler), so
 * the header's count can use it without loading FSRS.
 *
 * Each takes the ids of the questions the course has (`known`): saved progress may schedule
 * others (a question since removed from a bank, or one saved by another version of the
 * course). Those stay in the saved schedule, so a version that brings them back finds them,
 * but are never counted or shown.
 */
import type { ReviewCard } from './review-card';

type Reviews = Readonly<Record<string, ReviewCard>>;

/** Due when its time has come: exactly at `due`, not a millisecond before. */
export const isDue = (card: ReviewCard, now: number) => card.due <= now;

/** The scheduled cards of questions the course has. */
function* scheduled(reviews: Reviews, known: ReadonlySet<string>): Generator<[string, ReviewCard]> {
  for (const entry of Object.entries(reviews)) if (known.has(entry[0])) yield entry;
}

/** How many questions the course has are in the schedule. */
export function scheduledCount(reviews: Reviews, known: ReadonlySet<string>): number {
  return [...scheduled(reviews, known)].length;
}

export function dueCount(reviews: Reviews, now: number, known: ReadonlySet<string>): number {
  let count = 0;
  for (const [, card] of scheduled(reviews, known)) if (isDue(card, now)) count += 1;
  return count;
}

/** The due question ids: missed ones (last rated Again) first, then the longest overdue, then by id. */
export function dueInOrder(reviews: Reviews, now: number, known: ReadonlySet<string>): string[] {
  return [...scheduled(reviews, known)]
    .filter(([, card]) => isDue(card, now))
    .sort(([a, x], [b, y]) => Number(y.lastRating === 1) - Number(x.lastRating === 1) || x.due - y.due || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** When the next question falls due (null when none is waiting), for "Nothing due until …". */
export function nextDue(reviews: Reviews, now: number, known: ReadonlySet<string>): number | null {
  let next: number | null = null;
  for (const [, card] of scheduled(reviews, known)) if (card.due > now && (next === null || card.due < next)) next = card.due;
  return next;
}
