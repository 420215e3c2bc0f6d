import { mergeProgress } from '../../src/progress/merge';
import { newQuizRecord } from '../../src/progress/quiz-progress';
import {
  emptyProgress,
  MAX_HISTORY_PER_QUIZ,
  MAX_TRIES_LOGGED,
  type AttemptSummary,
  type ProgressData,
  type QuestionRecord,
  type QuizRecord,
  type TryLogEntry,
} from '../../src/progress/progress-types';

const QUIZ = 'lesson-quiz';

const record = (over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  quiz: QUIZ,
  attempt: 1,
  fp: 'fp1',
  response: { type: 'single', choice: 'a' },
  tries: 1,
  firstScore: 0,
  correct: false,
  hintUsed: false,
  revealed: false,
  at: 1000,
  ...over,
});

const summary = (score: number, at: number, total = 4): AttemptSummary => ({ score, total, at });

const quiz = (over: Partial<QuizRecord> = {}): QuizRecord => ({ ...newQuizRecord(1000), ...over });

const entry = (q: string, at: number, s = 1): TryLogEntry => ({ q, quiz: QUIZ, s, at });

const data = (over: Partial<ProgressData> = {}): ProgressData => ({ ...emptyProgress(), ...over });

/** Two tabs that each did something the other did not. */
function twoTabs(): [ProgressData, ProgressData] {
  const a = data({
    answers: {
      'only-a': record({ at: 1100 }),
      shared: record({ at: 2000, response: { type: 'single', choice: 'b' }, tries: 2, correct: true }),
      'shared-old-in-a': record({ at: 1200 }),
    },
    quizzes: {
      [QUIZ]: quiz({ attempt: 2, completed: 1, completedAttempt: 1, last: summary(3, 1500), best: summary(3, 1500), history: [summary(3, 1500)], at: 1600 }),
      'only-a-quiz': quiz({ at: 1700 }),
    },
    tries: [entry('only-a', 1100), entry('shared', 1900, 0), entry('shared', 2000)],
    lessons: { one: { visitedAt: 1000 }, two: { visitedAt: 3000 } },
    lastLesson: 'two',
  });
  const b = data({
    answers: {
      'only-b': record({ at: 1300 }),
      shared: record({ at: 1900, tries: 1 }),
      'shared-old-in-a': record({ at: 2500, tries: 3, correct: true }),
    },
    quizzes: {
      [QUIZ]: quiz({ attempt: 1, completed: 1, completedAttempt: 1, last: summary(4, 1400), best: summary(4, 1400), history: [summary(4, 1400)], at: 1400 }),
      'only-b-quiz': quiz({ at: 1800 }),
    },
    tries: [entry('only-b', 1300), entry('shared', 1900, 0), entry('shared-old-in-a', 2500)],
    lessons: { one: { visitedAt: 4000 }, three: { visitedAt: 2000 } },
    lastLesson: 'one',
  });
  return [a, b];
}

describe('mergeProgress: answers', () => {
  it('keeps the answers found on either side', () => {
    const [a, b] = twoTabs();
    expect(Object.keys(mergeProgress(a, b).answers).sort()).toEqual(['only-a', 'only-b', 'shared', 'shared-old-in-a']);
  });

  it('takes the newer record for a question answered on both sides, whichever comes first', () => {
    const [a, b] = twoTabs();
    for (const merged of [mergeProgress(a, b), mergeProgress(b, a)]) {
      expect(merged.answers.shared).toEqual(a.answers.shared);
      expect(merged.answers['shared-old-in-a']).toEqual(b.answers['shared-old-in-a']);
    }
  });

  it('takes the record with more tries when both were saved at the same moment', () => {
    const one = data({ answers: { q: record({ at: 5000, tries: 1 }) } });
    const two = data({ answers: { q: record({ at: 5000, tries: 2, correct: true }) } });
    expect(mergeProgress(one, two).answers.q).toEqual(two.answers.q);
    expect(mergeProgress(two, one).answers.q).toEqual(two.answers.q);
  });
});

describe('mergeProgress: quiz records', () => {
  it('keeps quizzes found on only one side', () => {
    const [a, b] = twoTabs();
    const merged = mergeProgress(a, b);
    expect(merged.quizzes['only-a-quiz']).toEqual(a.quizzes['only-a-quiz']);
    expect(merged.quizzes['only-b-quiz']).toEqual(b.quizzes['only-b-quiz']);
  });

  it('keeps the furthest attempt, the best score, the latest last score and the union of the history', () => {
    const [a, b] = twoTabs();
    expect(mergeProgress(a, b).quizzes[QUIZ]).toEqual<QuizRecord>({
      attempt: 2,
      // Each side completed one attempt the other did not know of.
      completed: 2,
      completedAttempt: 1,
      last: summary(3, 1500),
      best: summary(4, 1400),
      history: [summary(4, 1400), summary(3, 1500)],
      at: 1600, // from the side furthest on
    });
  });

  it('compares best scores by ratio, then by time', () => {
    const higher = data({ quizzes: { [QUIZ]: quiz({ best: summary(2, 100, 2) }) } });
    const lower = data({ quizzes: { [QUIZ]: quiz({ best: summary(3, 200, 4) }) } });
    expect(mergeProgress(higher, lower).quizzes[QUIZ]?.best).toEqual(summary(2, 100, 2));
    expect(mergeProgress(lower, higher).quizzes[QUIZ]?.best).toEqual(summary(2, 100, 2));
    const sameLater = data({ quizzes: { [QUIZ]: quiz({ best: summary(4, 300, 4) }) } });
    expect(mergeProgress(higher, sameLater).quizzes[QUIZ]?.best).toEqual(summary(4, 300, 4));
    expect(mergeProgress(sameLater, higher).quizzes[QUIZ]?.best).toEqual(summary(4, 300, 4));
  });

  it('keeps a best or last score that only one side has', () => {
    const none = data({ quizzes: { [QUIZ]: quiz({ attempt: 3 }) } });
    const some = data({ quizzes: { [QUIZ]: quiz({ best: summary(1, 100), last: summary(1, 100) }) } });
    expect(mergeProgress(none, some).quizzes[QUIZ]).toMatchObject({ attempt: 3, best: summary(1, 100), last: summary(1, 100) });
    expect(mergeProgress(some, none).quizzes[QUIZ]).toMatchObject({ attempt: 3, best: summary(1, 100), last: summary(1, 100) });
  });

  it('unites the histories without duplicates, oldest first, capped at MAX_HISTORY_PER_QUIZ (the newest)', () => {
    const shared = summary(1, 1);
    const historyA = [shared, ...Array.from({ length: 15 }, (_, i) => summary(2, 10 + i * 2))];
    const historyB = [shared, ...Array.from({ length: 15 }, (_, i) => summary(3, 11 + i * 2))];
    const a = data({ quizzes: { [QUIZ]: quiz({ history: historyA, completed: 16 }) } });
    const b = data({ quizzes: { [QUIZ]: quiz({ history: historyB, completed: 16 }) } });
    const merged = mergeProgress(a, b).quizzes[QUIZ]!;
    expect(merged.history).toHaveLength(MAX_HISTORY_PER_QUIZ);
    const times = merged.history.map((h) => h.at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(times.at(-1)).toBe(39); // the newest kept
    expect(times).not.toContain(1); // the oldest dropped
    expect(new Set(times).size).toBe(times.length);
    // The count never falls below the attempts the merged history holds.
    expect(merged.completed).toBeGreaterThanOrEqual(MAX_HISTORY_PER_QUIZ);
  });

  it('takes the larger completed count and completed attempt', () => {
    const a = data({ quizzes: { [QUIZ]: quiz({ attempt: 5, completed: 4, completedAttempt: 4 }) } });
    const b = data({ quizzes: { [QUIZ]: quiz({ attempt: 6, completed: 2, completedAttempt: 6 }) } });
    expect(mergeProgress(a, b).quizzes[QUIZ]).toMatchObject({ attempt: 6, completed: 4, completedAttempt: 6 });
    expect(mergeProgress(b, a).quizzes[QUIZ]).toMatchObject({ attempt: 6, completed: 4, completedAttempt: 6 });
  });
});

describe('mergeProgress: the tries log', () => {
  it('unites both logs without duplicates, in time order', () => {
    const [a, b] = twoTabs();
    expect(mergeProgress(a, b).tries).toEqual([
      entry('only-a', 1100),
      entry('only-b', 1300),
      entry('shared', 1900, 0),
      entry('shared', 2000),
      entry('shared-old-in-a', 2500),
    ]);
  });

  it('orders checks made at the same moment by question id', () => {
    const a = data({ tries: [entry('zeta', 5), entry('alpha', 9)] });
    const b = data({ tries: [entry('beta', 5)] });
    expect(mergeProgress(a, b).tries.map((t) => t.q)).toEqual(['beta', 'zeta', 'alpha']);
  });

  it('keeps only the newest MAX_TRIES_LOGGED', () => {
    const a = data({ tries: Array.from({ length: MAX_TRIES_LOGGED }, (_, i) => entry('qa', i * 2)) });
    const b = data({ tries: Array.from({ length: 10 }, (_, i) => entry('qb', MAX_TRIES_LOGGED * 2 + i)) });
    const merged = mergeProgress(a, b).tries;
    expect(merged).toHaveLength(MAX_TRIES_LOGGED);
    expect(merged.at(-1)).toEqual(entry('qb', MAX_TRIES_LOGGED * 2 + 9));
    expect(merged[0]).toEqual(entry('qa', 20)); // the ten oldest dropped
  });
});

describe('mergeProgress: lessons', () => {
  it('keeps every lesson with its latest visit, and continues from the most recently visited', () => {
    const [a, b] = twoTabs();
    const merged = mergeProgress(a, b);
    expect(merged.lessons).toEqual({ one: { visitedAt: 4000 }, two: { visitedAt: 3000 }, three: { visitedAt: 2000 } });
    expect(merged.lastLesson).toBe('one');
    expect(mergeProgress(b, a).lastLesson).toBe('one');
  });

  it('keeps a lastLesson that only one side has', () => {
    const visited = data({ lessons: { one: { visitedAt: 10 } }, lastLesson: 'one' });
    expect(mergeProgress(emptyProgress(), visited).lastLesson).toBe('one');
    expect(mergeProgress(visited, emptyProgress()).lastLesson).toBe('one');
  });
});

describe('mergeProgress: reading places (two tabs reading)', () => {
  const place = (section: string, at: number) => ({ section, at });

  it('keeps each lesson’s most recently read section, whichever tab comes first', () => {
    const a = data({ reading: { one: place('intro', 100), two: place('the-end', 500) } });
    const b = data({ reading: { one: place('middle', 300), three: place('start', 50) } });
    const expected = { one: place('middle', 300), two: place('the-end', 500), three: place('start', 50) };
    expect(mergeProgress(a, b).reading).toEqual(expected);
    expect(mergeProgress(b, a).reading).toEqual(expected);
  });

  it('picks the same place for two read at the same moment, whichever comes first', () => {
    const a = data({ reading: { one: place('alpha', 100) } });
    const b = data({ reading: { one: place('beta', 100) } });
    expect(mergeProgress(a, b).reading).toEqual(mergeProgress(b, a).reading);
  });

  it('drops places read before a reset the other tab made', () => {
    const reset = data({ resetAt: 1000, reading: { two: place('after', 1500) } });
    const old = data({ reading: { one: place('before', 900), two: place('older', 800), three: place('later', 1200) } });
    expect(mergeProgress(old, reset).reading).toEqual({ two: place('after', 1500), three: place('later', 1200) });
  });
});

describe('mergeProgress: laws', () => {
  const [a, b] = twoTabs();
  const examples: [string, ProgressData, ProgressData][] = [
    ['two tabs', a, b],
    ['empty and full', emptyProgress(), a],
    ['a quiz ahead on one side', data({ quizzes: { [QUIZ]: quiz({ attempt: 3, at: 50 }) } }), data({ quizzes: { [QUIZ]: quiz({ attempt: 2, at: 90 }) } })],
  ];

  it.each(examples)('is the same whichever comes first (%s)', (_label, x, y) => {
    expect(mergeProgress(x, y)).toEqual(mergeProgress(y, x));
  });

  it.each([
    ['tab a', a],
    ['tab b', b],
    ['empty progress', emptyProgress()],
  ])('merging %s with itself changes nothing (idempotent)', (_label, x) => {
    expect(mergeProgress(x, x)).toEqual(x);
  });

  it('settles after one exchange: merging either side in again changes nothing', () => {
    const merged = mergeProgress(a, b);
    expect(mergeProgress(merged, a)).toEqual(merged);
    expect(mergeProgress(merged, b)).toEqual(merged);
    expect(mergeProgress(b, merged)).toEqual(merged);
  });

  it('with empty progress returns the other side’s data', () => {
    expect(mergeProgress(a, emptyProgress())).toEqual(a);
    expect(mergeProgress(emptyProgress(), b)).toEqual(b);
  });

  it('does not change either argument', () => {
    const [x, y] = twoTabs();
    mergeProgress(x, y);
    expect([x, y]).toEqual(twoTabs());
  });
});

describe('mergeProgress after a reset', () => {
  // Tab one was reset at 1000 and has answered since; tab two was left open with old answers.
  const resetTab = () =>
    data({
      resetAt: 1000,
      answers: { fresh: record({ at: 1500 }) },
      quizzes: { [QUIZ]: quiz({ at: 1500 }) },
      tries: [entry('fresh', 1500)],
      lessons: { 'lesson-b': { visitedAt: 1500 } },
      lastLesson: 'lesson-b',
    });
  const staleTab = () =>
    data({
      answers: { old: record({ at: 500 }), later: record({ at: 2000 }) },
      quizzes: { [QUIZ]: quiz({ at: 500, completed: 3 }), other: quiz({ at: 2000 }) },
      tries: [entry('old', 500), entry('later', 2000)],
      lessons: { 'lesson-a': { visitedAt: 500 } },
      lastLesson: 'lesson-a',
    });

  it('drops what the other tab recorded before the reset, and keeps what came after', () => {
    const merged = mergeProgress(staleTab(), resetTab());
    expect(Object.keys(merged.answers).sort()).toEqual(['fresh', 'later']);
    expect(merged.quizzes[QUIZ]).toEqual(resetTab().quizzes[QUIZ]); // the old record's 3 attempts are not resurrected
    expect(Object.keys(merged.quizzes).sort()).toEqual([QUIZ, 'other']);
    expect(merged.tries.map((t) => t.q)).toEqual(['fresh', 'later']);
    expect(merged.lessons).toEqual({ 'lesson-b': { visitedAt: 1500 } });
    expect(merged.lastLesson).toBe('lesson-b');
    expect(merged.resetAt).toBe(1000);
  });

  it('is the same whichever comes first, and settles', () => {
    const merged = mergeProgress(staleTab(), resetTab());
    expect(mergeProgress(resetTab(), staleTab())).toEqual(merged);
    expect(mergeProgress(merged, staleTab())).toEqual(merged);
  });

  it('a reset with nothing after it empties the other tab', () => {
    const merged = mergeProgress(staleTab(), data({ resetAt: 3000 }));
    expect(merged).toEqual(data({ resetAt: 3000 }));
  });
});

describe('mergeProgress on exact ties', () => {
  it('picks the same record whichever side comes first', () => {
    const x = data({ answers: { q: record({ at: 100, tries: 1, correct: true }) }, tries: [entry('q', 100, 1)], lessons: { l1: { visitedAt: 5 } }, lastLesson: 'l1' });
    const y = data({ answers: { q: record({ at: 100, tries: 1, correct: false }) }, tries: [entry('q', 100, 0)], lessons: { l2: { visitedAt: 5 } }, lastLesson: 'l2' });
    expect(mergeProgress(x, y)).toEqual(mergeProgress(y, x));
  });
});
