/**
 * The spaced-review schedule without React: how an answer is rated, FSRS's boundaries
 * (first review, a lapse, due exactly now or a millisecond later), and the due order.
 */
import { dueCount, dueInOrder, isDue, nextDue, scheduledCount } from '../../../src/review/lib/due';
import { AGAIN, GOOD, HARD, ratingFor } from '../../../src/review/lib/rating';
import type { ReviewCard } from '../../../src/review/lib/review-card';
import { reviewCard } from '../../../src/review/lib/schedule';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

describe('rating an answer', () => {
  it.each([
    ['full credit, no hint', { earned: 1, hintUsed: false }, GOOD],
    ['full credit after the hint', { earned: 1, hintUsed: true }, HARD],
    ['part credit (one of two right choices)', { earned: 0.5, hintUsed: false }, HARD],
    ['part credit after the hint', { earned: 0.5, hintUsed: true }, HARD],
    ['no credit', { earned: 0, hintUsed: false }, AGAIN],
    ['no credit after the hint', { earned: 0, hintUsed: true }, AGAIN],
    ['the answer shown before any check', { earned: null, hintUsed: false }, AGAIN],
  ])('%s rates %p', (_label, answer, rating) => {
    expect(ratingFor(answer)).toBe(rating);
  });

  it('never rates Easy: one check cannot tell effortless recall', () => {
    for (const earned of [null, 0, 0.25, 0.5, 0.99, 1]) for (const hintUsed of [false, true]) expect(ratingFor({ earned, hintUsed })).not.toBe(4);
  });
});

describe('FSRS scheduling', () => {
  it('a first answer joins the schedule: a miss is due the next day, a hard one after it, a good one later still', () => {
    const again = reviewCard(undefined, AGAIN, T0);
    const hard = reviewCard(undefined, HARD, T0);
    const good = reviewCard(undefined, GOOD, T0);
    expect(again).toMatchObject({ reps: 1, lapses: 0, lastReview: T0, lastRating: AGAIN, due: T0 + DAY });
    expect(hard.due).toBeGreaterThan(again.due);
    expect(good.due).toBeGreaterThan(hard.due);
    // Whole days: FSRS schedules in days once short-term steps are off.
    for (const card of [again, hard, good]) expect((card.due - T0) % DAY).toBe(0);
  });

  it('a good review of a known question pushes it further out; a lapse brings it back within days, and counts', () => {
    const first = reviewCard(undefined, GOOD, T0);
    const second = reviewCard(first, GOOD, first.due);
    expect(second.due - first.due).toBeGreaterThan(first.due - T0);
    expect(second.reps).toBe(2);
    const lapse = reviewCard(second, AGAIN, second.due);
    expect(lapse.lapses).toBe(1);
    expect(lapse.lastRating).toBe(AGAIN);
    const goodInstead = reviewCard(second, GOOD, second.due);
    expect(lapse.due - second.due).toBeGreaterThanOrEqual(DAY);
    expect(lapse.due - second.due).toBeLessThanOrEqual(2 * DAY);
    expect(lapse.due).toBeLessThan(goodInstead.due);
    expect(lapse.stability).toBeLessThan(second.stability);
  });

  it('is deterministic (no fuzz): the same answers give the same schedule in every tab', () => {
    expect(reviewCard(reviewCard(undefined, GOOD, T0), HARD, T0 + 3 * DAY)).toEqual(reviewCard(reviewCard(undefined, GOOD, T0), HARD, T0 + 3 * DAY));
  });
});

describe('what is due', () => {
  const card = (due: number, lastRating: ReviewCard['lastRating'] = GOOD): ReviewCard => ({ ...reviewCard(undefined, lastRating, T0), due });

  it('is due exactly at its time, and not a millisecond before', () => {
    const c = card(T0 + DAY);
    expect(isDue(c, T0 + DAY)).toBe(true);
    expect(isDue(c, T0 + DAY - 1)).toBe(false);
    expect(isDue(c, T0 + DAY + 1)).toBe(true);
  });

  it('counts the due ones, and orders them missed first, then the longest overdue', () => {
    const reviews = {
      'good-old': card(T0 - 5 * DAY),
      'missed-recent': card(T0 - DAY, AGAIN),
      'good-recent': card(T0 - 2 * DAY),
      'missed-old': card(T0 - 3 * DAY, AGAIN),
      'not-yet': card(T0 + 1, AGAIN),
    };
    const known = new Set(Object.keys(reviews));
    expect(dueCount(reviews, T0, known)).toBe(4);
    expect(dueInOrder(reviews, T0, known)).toEqual(['missed-old', 'missed-recent', 'good-old', 'good-recent']);
    expect(nextDue(reviews, T0, known)).toBe(T0 + 1);
    expect(nextDue({}, T0, known)).toBeNull();
    expect(scheduledCount(reviews, known)).toBe(5);
  });

  it('leaves out questions the course does not have (removed from a bank, or from another version), without changing the schedule', () => {
    const reviews = {
      kept: card(T0 - DAY),
      'removed-due': card(T0 - 5 * DAY, AGAIN),
      'removed-later': card(T0 + 1),
      'kept-later': card(T0 + DAY),
    };
    const before = JSON.stringify(reviews);
    const known = new Set(['kept', 'kept-later', 'in-a-bank-but-never-answered']);
    expect(dueCount(reviews, T0, known)).toBe(1);
    expect(dueInOrder(reviews, T0, known)).toEqual(['kept']);
    expect(nextDue(reviews, T0, known)).toBe(T0 + DAY);
    expect(scheduledCount(reviews, known)).toBe(2);
    expect(dueCount(reviews, T0, new Set())).toBe(0);
    expect(JSON.stringify(reviews)).toBe(before);
  });
});
