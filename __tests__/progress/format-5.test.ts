/**
 * Saved format 5: the review schedule, the final assessment and the certificate's name.
 * Migration from a real format 4 save, the reader's checks, the two-tab merge, reset and
 * export/import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { keepFinalResults } from '../../src/progress/merge-loop';
import { mergeProgress, mergeRecords } from '../../src/progress/merge';
import { v4ToV5 } from '../../src/progress/migrations';
import { decodeImport, encodeExport, readStored, readTriesHour } from '../../src/progress/progress-codec';
import { MAX_FINAL_RESULTS } from '../../src/review/lib/final-rules';
import {
  emptyProgress,
  PROGRESS_VERSION,
  type FinalAttempt,
  type FinalResult,
  type ProgressData,
  type ProgressDataV4,
  type ReviewCard,
} from '../../src/progress/progress-types';
import { reviewCard } from '../support/review-card';

const fixtureText = (version: number) => readFileSync(path.join(__dirname, 'fixtures', `progress-v${version}.json`), 'utf8');

const card = (over: Partial<ReviewCard> = {}) => reviewCard(2_000_000, { lastReview: 1_000_000, ...over });
const result = (n: number, score: number, at: number, total = 20): FinalResult => ({ n, score, total, at });
const attempt = (over: Partial<FinalAttempt> = {}): FinalAttempt => ({
  n: 1,
  questions: ['a', 'b'],
  responses: {},
  startedAt: 1_000,
  at: 1_000,
  result: null,
  ...over,
});
const data = (over: Partial<ProgressData> = {}): ProgressData => ({ ...emptyProgress(), ...over });

describe('migrating a format 4 save to format 5', () => {
  it('keeps everything the v4 fixture held and adds an empty schedule, no final assessment and no name', () => {
    const v4 = JSON.parse(fixtureText(4)) as { state: ProgressDataV4; version: number };
    expect(v4.version).toBe(4);
    const read = readStored(fixtureText(4));
    if (!read.ok) throw new Error(read.reason);
    expect(read.migratedFrom).toBe(4);
    // Format 6 (reading places) follows, so the v4 save is read with none.
    expect(read.data).toEqual({ ...v4.state, tries: [], reviews: {}, finalAttempt: null, finalResults: [], certificateName: null, reading: {} });
    expect({ ...v4ToV5({ ...v4.state, tries: [] }), reading: {} }).toEqual(read.data);
  });

  it('still reads an hour of the tries log written in format 4 (its shape did not change)', () => {
    const entry = { q: 'q', quiz: 'lesson:x', s: 1, at: 1_700_000_000_000 };
    expect(readTriesHour(JSON.stringify({ version: 4, tries: [entry] }))).toEqual([entry]);
    expect(readTriesHour(JSON.stringify({ version: 99, tries: [entry] }))).toBeNull();
  });

  it('reads the format 5 fixture, schedule and final assessment included (upgraded to format 6)', () => {
    const read = readStored(fixtureText(5));
    if (!read.ok) throw new Error(read.reason);
    expect(read.migratedFrom).toBe(5);
    expect(Object.keys(read.data.reviews)).toEqual(['wift-check-define', 'wift-quiz-examples']);
    expect(read.data.finalAttempt?.questions).toHaveLength(2);
  });

  it('names the field when a format 5 part is missing from a current save', () => {
    const withoutReviews: Partial<ProgressData> = (JSON.parse(fixtureText(PROGRESS_VERSION)) as { state: ProgressData }).state;
    delete withoutReviews.reviews;
    const read = readStored(JSON.stringify({ state: withoutReviews, version: PROGRESS_VERSION }));
    expect(read).toEqual({ ok: false, reason: expect.stringMatching(/reviews/) });
  });
});

describe('merging two tabs’ format 5 data', () => {
  it('keeps, per question, the card reviewed last, whichever tab comes first', () => {
    const a = data({ reviews: { q1: card({ lastReview: 5_000, reps: 2 }), q2: card() } });
    const b = data({ reviews: { q1: card({ lastReview: 4_000, reps: 3 }), q3: card({ lastRating: 1 }) } });
    for (const merged of [mergeProgress(a, b), mergeProgress(b, a)]) {
      expect(merged.reviews).toEqual({ q1: card({ lastReview: 5_000, reps: 2 }), q2: card(), q3: card({ lastRating: 1 }) });
    }
  });

  it('keeps the final attempt furthest on, unites the results, and keeps the name typed last', () => {
    const a = data({ finalAttempt: attempt({ n: 2, at: 100 }), finalResults: [result(1, 12, 50)], certificateName: { name: 'Ada', at: 10 } });
    const b = data({ finalAttempt: attempt({ n: 1, at: 900 }), finalResults: [result(1, 12, 50), result(2, 17, 80)], certificateName: { name: 'Ada Lovelace', at: 20 } });
    for (const merged of [mergeProgress(a, b), mergeProgress(b, a), { ...mergeRecords(a, b), tries: [] }]) {
      expect(merged.finalAttempt).toEqual(attempt({ n: 2, at: 100 }));
      expect(merged.finalResults).toEqual([result(1, 12, 50), result(2, 17, 80)]);
      expect(merged.certificateName).toEqual({ name: 'Ada Lovelace', at: 20 });
    }
  });

  it('a reset in one tab drops the other tab’s schedule, final assessment and name from before it', () => {
    const old = data({
      reviews: { q1: card({ lastReview: 1_000 }), q2: card({ lastReview: 9_000 }) },
      finalAttempt: attempt({ at: 2_000 }),
      finalResults: [result(1, 18, 2_000)],
      certificateName: { name: 'Ada', at: 2_000 },
    });
    const reset = data({ resetAt: 5_000 });
    const merged = mergeProgress(old, reset);
    expect(merged.reviews).toEqual({ q2: card({ lastReview: 9_000 }) });
    expect(merged.finalAttempt).toBeNull();
    expect(merged.finalResults).toEqual([]);
    expect(merged.certificateName).toBeNull();
  });
});

describe('final results kept', () => {
  it('keeps the most recent, and an older best pass besides, so a certificate never disappears', () => {
    const pass = result(1, 19, 1);
    const fails = Array.from({ length: MAX_FINAL_RESULTS + 5 }, (_, i) => result(i + 2, 5, 10 + i));
    const kept = keepFinalResults([pass, ...fails]);
    expect(kept).toHaveLength(MAX_FINAL_RESULTS + 1);
    expect(kept[0]).toBe(pass);
    expect(kept.at(-1)).toEqual(fails.at(-1));
  });
});

describe('export and import in format 5', () => {
  it('carries the schedule, the final assessment and the name through a file unchanged', () => {
    const mine = data({
      reviews: { q1: card() },
      finalAttempt: attempt({ responses: { a: { type: 'single', choice: 'x' } }, result: { ...result(1, 1, 2_000, 2), scores: { a: 1, b: 0 } } }),
      finalResults: [result(1, 1, 2_000, 2)],
      certificateName: { name: 'Grace Hopper', at: 3_000 },
    });
    const read = decodeImport(encodeExport(mine));
    expect(read).toEqual({ ok: true, data: mine, migratedFrom: null, hasTries: true });
  });
});

describe('saving format 5', () => {
  it('saves a change to the schedule alone, and a new tab reads it back', async () => {
    const { createProgressStorage } = await import('../../src/progress/storage-adapter');
    const { MemoryStorage } = await import('../support/memory-storage');
    const { STORAGE_KEY } = await import('../../src/progress/storage-keys');
    const { PROGRESS_VERSION } = await import('../../src/progress/progress-types');
    const storage = new MemoryStorage();
    const adapter = createProgressStorage(() => storage, () => undefined);
    await adapter.getItem(STORAGE_KEY);
    const before = data();
    adapter.setItem(STORAGE_KEY, { state: before, version: PROGRESS_VERSION });
    // Only the schedule changed: every other part is the same object, as after a review.
    const scheduled = { ...before, reviews: { q1: card() } };
    adapter.setItem(STORAGE_KEY, { state: scheduled, version: PROGRESS_VERSION });
    const again = createProgressStorage(() => storage, () => undefined);
    await expect(again.getItem(STORAGE_KEY)).resolves.toEqual({ state: scheduled, version: PROGRESS_VERSION });
  });
});
