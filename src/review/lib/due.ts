/**
 * Which questions are due for review, and in what order. Pure and tiny (no scheduler), so
 * the header's count can use it without loading FSRS.
 */
import type { ReviewCard } from './review-card';

/** Due when its time has come: exactly at `due`, not a millisecond before. */
export const isDue = (card: ReviewCard, now: number) => card.due <= now;

export function dueCount(reviews: Readonly<Record<string, ReviewCard>>, now: number): number {
  let count = 0;
  for (const card of Object.values(reviews)) if (isDue(card, now)) count += 1;
  return count;
}

/** The due question ids: missed ones (last rated Again) first, then the longest overdue, then by id. */
export function dueInOrder(reviews: Readonly<Record<string, ReviewCard>>, now: number): string[] {
  return Object.entries(reviews)
    .filter(([, card]) => isDue(card, now))
    .sort(([a, x], [b, y]) => Number(y.lastRating === 1) - Number(x.lastRating === 1) || x.due - y.due || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** When the next question falls due (null when none is waiting), for "Nothing due until …". */
export function nextDue(reviews: Readonly<Record<string, ReviewCard>>, now: number): number | null {
  let next: number | null = null;
  for (const card of Object.values(reviews)) if (card.due > now && (next === null || card.due < next)) next = card.due;
  return next;
}
