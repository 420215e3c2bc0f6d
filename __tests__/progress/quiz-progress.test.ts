import { migrate } from '../../src/progress/migrations';
import {
  emptyProgress,
  MAX_HISTORY_PER_QUIZ,
  MAX_TRIES_LOGGED,
  type ProgressData,
  type QuestionRecord,
} from '../../src/progress/progress-types';
import {
  currentAttempt,
  currentRecord,
  holdsQuiz,
  recordCheck,
  recordHint,
  recordReveal,
  recordVisit,
  startNewAttempt,
} from '../../src/progress/quiz-progress';
import { fingerprint } from '../../src/quiz/lib/fingerprint';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import type { Response } from '../../src/quiz/lib/response';
import { expectGraded, multipleQuestion, orderingQuestion, singleQuestion } from '../quiz/lib/sample-questions';

const QUIZ = 'sample-lesson-quiz';
const single = singleQuestion('q-single'); // b is right
const multiple = multipleQuestion('q-multiple'); // a, b, c right
const ordering = orderingQuestion('q-ordering'); // s1 … s5
const questions: readonly Question[] = [single, multiple, ordering];

const ctx = (now: number, qs: readonly Question[] = questions, quizId = QUIZ) => ({ quizId, questions: qs, now });

const RIGHT: Record<string, Response> = {
  'q-single': { type: 'single', choice: 'b' },
  'q-multiple': { type: 'multiple', choices: ['a', 'b', 'c'] },
  'q-ordering': { type: 'ordering', order: ['s1', 's2', 's3', 's4', 's5'] },
};
const WRONG: Record<string, Response> = {
  'q-single': { type: 'single', choice: 'a' },
  'q-multiple': { type: 'multiple', choices: ['d'] },
  'q-ordering': { type: 'ordering', order: ['s5', 's4', 's3', 's2', 's1'] },
};

/** Grades the response for real and records the check. */
function check(data: ProgressData, question: Question, response: Response, now: number, qs: readonly Question[] = questions) {
  return recordCheck(data, question, response, expectGraded(grade(question, response)), ctx(now, qs));
}

/** Answers every question of the quiz on its first try, right or wrong. */
function answerAll(data: ProgressData, answers: Record<string, Response>, now: number, qs: readonly Question[] = questions) {
  return qs.reduce((d, q, i) => check(d, q, answers[q.id]!, now + i, qs), data);
}

const recordOf = (data: ProgressData, question: Question, attempt = currentAttempt(data, QUIZ)) =>
  currentRecord(data.answers[question.id], question, QUIZ, attempt);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('recordCheck', () => {
  it('stores the response, one try, the score and the question’s fingerprint in the current attempt', () => {
    const response = WRONG['q-single']!;
    const data = check(emptyProgress(), single, response, 1000);
    expect(data.answers['q-single']).toEqual<QuestionRecord>({
      quiz: QUIZ,
      attempt: 1,
      fp: fingerprint(single),
      response,
      tries: 1,
      firstScore: 0,
      correct: false,
      hintUsed: false,
      revealed: false,
      at: 1000,
    });
    expect(data.tries).toEqual([{ q: 'q-single', quiz: QUIZ, s: 0, at: 1000 }]);
    expect(data.quizzes[QUIZ]?.attempt).toBe(1);
  });

  it('counts the first check’s score: a later right try does not raise it', () => {
    let data = check(emptyProgress(), single, WRONG['q-single']!, 1000);
    data = check(data, single, RIGHT['q-single']!, 2000);
    const record = data.answers['q-single']!;
    expect(record).toMatchObject({ tries: 2, firstScore: 0, correct: true, response: RIGHT['q-single'], at: 2000 });
  });

  it('keeps a partial first score, and a later wrong try does not lower it', () => {
    let data = check(emptyProgress(), multiple, { type: 'multiple', choices: ['a'] }, 1000);
    expect(data.answers['q-multiple']?.firstScore).toBeCloseTo(1 / 3);
    data = check(data, multiple, { type: 'multiple', choices: ['d'] }, 2000);
    expect(data.answers['q-multiple']).toMatchObject({ tries: 2, firstScore: expect.closeTo(1 / 3, 5), correct: false });
  });

  it('logs every check with its own score', () => {
    let data = check(emptyProgress(), single, WRONG['q-single']!, 1000);
    data = check(data, single, RIGHT['q-single']!, 2000);
    expect(data.tries).toEqual([
      { q: 'q-single', quiz: QUIZ, s: 0, at: 1000 },
      { q: 'q-single', quiz: QUIZ, s: 1, at: 2000 },
    ]);
  });

  it('keeps only the newest MAX_TRIES_LOGGED checks in the log', () => {
    const full = { ...emptyProgress(), tries: Array.from({ length: MAX_TRIES_LOGGED }, (_, i) => ({ q: 'old', quiz: QUIZ, s: 1, at: i })) };
    const data = check(full, single, RIGHT['q-single']!, MAX_TRIES_LOGGED + 5);
    expect(data.tries).toHaveLength(MAX_TRIES_LOGGED);
    expect(data.tries[0]?.at).toBe(1); // the oldest (at 0) was dropped
    expect(data.tries.at(-1)).toEqual({ q: 'q-single', quiz: QUIZ, s: 1, at: MAX_TRIES_LOGGED + 5 });
  });

  it('does not change the data it is given', () => {
    const before = deepFreeze(check(emptyProgress(), single, WRONG['q-single']!, 1000));
    const snapshot = structuredClone(before);
    expect(() => answerAll(before, RIGHT, 2000)).not.toThrow();
    expect(before).toEqual(snapshot);
  });
});

describe('completing an attempt', () => {
  it('does not complete until every question of the quiz is answered', () => {
    let data = check(emptyProgress(), single, RIGHT['q-single']!, 1000);
    data = check(data, multiple, RIGHT['q-multiple']!, 1001);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 0, completedAttempt: 0, last: null, best: null, history: [] });
  });

  it('completes when the last question is checked, scoring the first checks', () => {
    let data = check(emptyProgress(), single, WRONG['q-single']!, 1000); // 0
    data = check(data, single, RIGHT['q-single']!, 1001); // does not raise it
    data = check(data, multiple, { type: 'multiple', choices: ['a', 'b'] }, 1002); // 2/3
    data = check(data, ordering, RIGHT['q-ordering']!, 1003); // 1
    const summary = { score: 1.67, total: 3, at: 1003 };
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 1, completedAttempt: 1, last: summary, best: summary, history: [summary] });
  });

  it('completes once per attempt: checking again afterwards changes no score', () => {
    let data = answerAll(emptyProgress(), WRONG, 1000);
    const quiz = data.quizzes[QUIZ];
    data = check(data, single, RIGHT['q-single']!, 5000);
    data = check(data, multiple, RIGHT['q-multiple']!, 5001);
    expect(data.quizzes[QUIZ]).toEqual(quiz);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 1, last: { score: 0, total: 3 }, history: [expect.anything()] });
  });

  it('does not count an answer given to the same question in another quiz', () => {
    const right = RIGHT['q-single']!;
    let data = recordCheck(emptyProgress(), single, right, expectGraded(grade(single, right)), ctx(900, [single], 'other-quiz'));
    expect(data.quizzes['other-quiz']).toMatchObject({ completed: 1 });
    data = check(data, multiple, RIGHT['q-multiple']!, 1000);
    data = check(data, ordering, RIGHT['q-ordering']!, 1001);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 0, last: null });
    data = check(data, single, WRONG['q-single']!, 1002);
    expect(data.quizzes[QUIZ]?.last).toEqual({ score: 2, total: 3, at: 1002 });
  });
});

describe('recordHint', () => {
  it('sets hintUsed without counting as an answer', () => {
    const data = recordHint(emptyProgress(), single, ctx(1000));
    expect(data.answers['q-single']).toMatchObject({ hintUsed: true, tries: 0, response: null, revealed: false, quiz: QUIZ, attempt: 1 });
    expect(data.tries).toEqual([]);
  });

  it('does not complete the quiz, even when the other questions are answered', () => {
    let data = check(emptyProgress(), multiple, RIGHT['q-multiple']!, 1000);
    data = check(data, ordering, RIGHT['q-ordering']!, 1001);
    data = recordHint(data, single, ctx(1002));
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 0, last: null });
  });

  it('leaves a hinted question unanswered: checking the others does not complete the quiz', () => {
    let data = recordHint(emptyProgress(), single, ctx(1000));
    data = check(data, multiple, RIGHT['q-multiple']!, 1001);
    data = check(data, ordering, RIGHT['q-ordering']!, 1002);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 0, last: null });
    data = check(data, single, RIGHT['q-single']!, 1003);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 1, last: { score: 3, total: 3 } });
  });

  it('lets the first check after a hint set the score, and keeps hintUsed', () => {
    let data = recordHint(emptyProgress(), single, ctx(1000));
    data = check(data, single, RIGHT['q-single']!, 1001);
    expect(data.answers['q-single']).toMatchObject({ hintUsed: true, tries: 1, firstScore: 1, correct: true });
  });

  it('keeps what was checked before the hint', () => {
    let data = check(emptyProgress(), single, WRONG['q-single']!, 1000);
    data = recordHint(data, single, ctx(1001));
    expect(data.answers['q-single']).toMatchObject({ hintUsed: true, tries: 1, response: WRONG['q-single'], firstScore: 0 });
  });
});

describe('recordReveal', () => {
  it('marks the question revealed, with the right answer filled in, and earns nothing', () => {
    const data = recordReveal(emptyProgress(), single, correctResponse(single), ctx(1000));
    expect(data.answers['q-single']).toMatchObject({ revealed: true, response: RIGHT['q-single'], tries: 0, firstScore: 0 });
  });

  it('counts as answered, so revealing the last question completes the quiz', () => {
    let data = check(emptyProgress(), single, RIGHT['q-single']!, 1000);
    data = check(data, multiple, RIGHT['q-multiple']!, 1001);
    data = recordReveal(data, ordering, correctResponse(ordering), ctx(1002));
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 1, completedAttempt: 1, last: { score: 2, total: 3, at: 1002 } });
  });

  it('a check after revealing does not earn a first score', () => {
    let data = recordReveal(emptyProgress(), single, correctResponse(single), ctx(1000));
    data = check(data, single, RIGHT['q-single']!, 1001);
    expect(data.answers['q-single']).toMatchObject({ revealed: true, tries: 1, firstScore: 0, correct: true });
  });

  it('keeps the learner\'s own last answer, so "Your answer" can be shown apart from the correct one', () => {
    let data = check(emptyProgress(), single, WRONG['q-single']!, 1000);
    data = recordReveal(data, single, correctResponse(single), ctx(1001));
    expect(data.answers['q-single']).toMatchObject({ revealed: true, response: WRONG['q-single'], tries: 1, correct: false });
  });

  it('keeps the first score of a check made before revealing', () => {
    let data = check(emptyProgress(), multiple, { type: 'multiple', choices: ['a'] }, 1000);
    data = recordReveal(data, multiple, correctResponse(multiple), ctx(1001));
    expect(data.answers['q-multiple']?.firstScore).toBeCloseTo(1 / 3);
  });
});

describe('startNewAttempt', () => {
  it('moves to the next attempt (attempt 2 when nothing was saved yet)', () => {
    expect(currentAttempt(emptyProgress(), QUIZ)).toBe(1);
    const data = startNewAttempt(emptyProgress(), QUIZ, 1000);
    expect(currentAttempt(data, QUIZ)).toBe(2);
    expect(currentAttempt(startNewAttempt(data, QUIZ, 2000), QUIZ)).toBe(3);
  });

  it('makes the old answers no longer current, and keeps the scores', () => {
    const done = answerAll(emptyProgress(), RIGHT, 1000);
    const data = startNewAttempt(done, QUIZ, 5000);
    for (const question of questions) {
      expect(data.answers[question.id]).toBeDefined();
      expect(recordOf(data, question)).toBeNull();
      expect(recordOf(data, question, 1)).not.toBeNull();
    }
    expect(data.quizzes[QUIZ]).toMatchObject({
      attempt: 2,
      completed: 1,
      completedAttempt: 1,
      last: done.quizzes[QUIZ]?.last,
      best: done.quizzes[QUIZ]?.best,
      history: done.quizzes[QUIZ]?.history,
    });
  });

  it('starts each question afresh: its first check in the new attempt counts', () => {
    let data = answerAll(emptyProgress(), WRONG, 1000);
    data = startNewAttempt(data, QUIZ, 2000);
    data = check(data, single, RIGHT['q-single']!, 3000);
    expect(data.answers['q-single']).toMatchObject({ attempt: 2, tries: 1, firstScore: 1, hintUsed: false });
    expect(data.quizzes[QUIZ]?.completed).toBe(1); // the others are not answered in attempt 2 yet
  });

  it('records each completed attempt; best keeps the highest score, last the latest', () => {
    let data = answerAll(emptyProgress(), RIGHT, 1000); // 3 / 3
    data = answerAll(startNewAttempt(data, QUIZ, 2000), WRONG, 3000); // 0 / 3
    const quiz = data.quizzes[QUIZ]!;
    expect(quiz).toMatchObject({ attempt: 2, completed: 2, completedAttempt: 2 });
    expect(quiz.last).toEqual({ score: 0, total: 3, at: 3002 });
    expect(quiz.best).toEqual({ score: 3, total: 3, at: 1002 });
    expect(quiz.history).toEqual([
      { score: 3, total: 3, at: 1002 },
      { score: 0, total: 3, at: 3002 },
    ]);
  });

  it('replaces best when a later attempt scores higher', () => {
    let data = answerAll(emptyProgress(), WRONG, 1000);
    data = answerAll(startNewAttempt(data, QUIZ, 2000), RIGHT, 3000);
    expect(data.quizzes[QUIZ]?.best).toEqual({ score: 3, total: 3, at: 3002 });
  });

  it('compares best by ratio, so a quiz that gained a question compares fairly', () => {
    let data = answerAll(emptyProgress(), { ...WRONG, 'q-single': RIGHT['q-single']! }, 1000); // 1 / 3
    const two = [single, multiple];
    data = answerAll(startNewAttempt(data, QUIZ, 2000), { 'q-single': WRONG['q-single']!, 'q-multiple': RIGHT['q-multiple']! }, 3000, two); // 1 / 2
    expect(data.quizzes[QUIZ]?.best).toEqual({ score: 1, total: 2, at: 3001 });
    data = answerAll(startNewAttempt(data, QUIZ, 4000), { ...WRONG, 'q-multiple': RIGHT['q-multiple']! }, 5000); // 1 / 3
    expect(data.quizzes[QUIZ]?.best).toEqual({ score: 1, total: 2, at: 3001 });
  });

  it('keeps at most MAX_HISTORY_PER_QUIZ attempts in the history, the newest, while counting all', () => {
    const one = [single];
    const attempts = MAX_HISTORY_PER_QUIZ + 5;
    let data = emptyProgress();
    for (let n = 1; n <= attempts; n += 1) {
      if (n > 1) data = startNewAttempt(data, QUIZ, n * 100);
      data = check(data, single, RIGHT['q-single']!, n * 100 + 1, one);
    }
    const quiz = data.quizzes[QUIZ]!;
    expect(quiz.completed).toBe(attempts);
    expect(quiz.history).toHaveLength(MAX_HISTORY_PER_QUIZ);
    expect(quiz.history[0]?.at).toBe(6 * 100 + 1);
    expect(quiz.history.at(-1)?.at).toBe(attempts * 100 + 1);
  });
});

describe('currentRecord and edited questions', () => {
  const editedSingle: Question = { ...single, options: single.options.map((o) => ({ ...o, correct: o.id === 'a' })) };

  it('returns null when nothing is saved', () => {
    expect(currentRecord(undefined, single, QUIZ, 1)).toBeNull();
  });

  it('returns the record of this quiz, attempt and question version', () => {
    const data = check(emptyProgress(), single, RIGHT['q-single']!, 1000);
    expect(currentRecord(data.answers['q-single'], single, QUIZ, 1)).toBe(data.answers['q-single']);
    expect(currentRecord(data.answers['q-single'], single, 'another-quiz', 1)).toBeNull();
    expect(currentRecord(data.answers['q-single'], single, QUIZ, 2)).toBeNull();
  });

  it('does not treat a record of an edited question as current (its fingerprint differs)', () => {
    const data = check(emptyProgress(), single, RIGHT['q-single']!, 1000);
    expect(currentRecord(data.answers['q-single'], editedSingle, QUIZ, 1)).toBeNull();
  });

  it('does not count a stale answer towards completion, and replaces it when the new version is answered', () => {
    let data = check(emptyProgress(), single, RIGHT['q-single']!, 1000); // the old version
    const now = [editedSingle, multiple, ordering];
    data = check(data, multiple, RIGHT['q-multiple']!, 1001, now);
    data = check(data, ordering, RIGHT['q-ordering']!, 1002, now);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 0, last: null });
    data = check(data, editedSingle, { type: 'single', choice: 'b' }, 1003, now); // b is now wrong
    expect(data.answers['q-single']).toMatchObject({ fp: fingerprint(editedSingle), tries: 1, firstScore: 0 });
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 1, last: { score: 2, total: 3 } });
  });

  it('does not carry a hint taken on the old version over to the edited question', () => {
    let data = recordHint(emptyProgress(), single, ctx(1000));
    data = check(data, editedSingle, { type: 'single', choice: 'a' }, 1001, [editedSingle]);
    expect(data.answers['q-single']).toMatchObject({ hintUsed: false, tries: 1, firstScore: 1 });
  });
});

describe('legacy records (migrated from v1)', () => {
  const legacy = (choice: string, correct: boolean) =>
    migrate({ answers: { 'q-single': { choice, correct, at: 500 } } }, 1) as ProgressData;

  it('are adopted in the first attempt when the saved choice is still an option', () => {
    const data = legacy('b', true);
    expect(recordOf(data, single)).toBe(data.answers['q-single']);
  });

  it('are ignored when the saved choice is no longer an option', () => {
    const data = legacy('gone', true);
    expect(recordOf(data, single)).toBeNull();
  });

  it('are ignored after a retake', () => {
    const data = startNewAttempt(legacy('b', true), QUIZ, 1000);
    expect(recordOf(data, single)).toBeNull();
  });

  it('are ignored by a question of another type with the same id', () => {
    const data = legacy('a', true);
    const sameIdMultiple: Question = { ...multiple, id: 'q-single' };
    expect(currentRecord(data.answers['q-single'], sameIdMultiple, QUIZ, 1)).toBeNull();
  });

  it('count towards completion with their saved score', () => {
    let data = legacy('b', true);
    data = check(data, multiple, RIGHT['q-multiple']!, 1000);
    data = check(data, ordering, WRONG['q-ordering']!, 1001);
    expect(data.quizzes[QUIZ]).toMatchObject({ completed: 1, last: { score: 2, total: 3 } });
  });

  it('are taken over on the next check: this quiz and fingerprint, their first score kept', () => {
    let data = legacy('a', false);
    data = check(data, single, RIGHT['q-single']!, 1000);
    expect(data.answers['q-single']).toMatchObject({ quiz: QUIZ, fp: fingerprint(single), attempt: 1, tries: 2, firstScore: 0, correct: true });
    expect(recordOf(data, single)).not.toBeNull();
  });

  it('are not adopted when the saved choice is gone: a check starts afresh', () => {
    let data = legacy('gone', false);
    data = check(data, single, RIGHT['q-single']!, 1000);
    expect(data.answers['q-single']).toMatchObject({ quiz: QUIZ, tries: 1, firstScore: 1 });
  });
});

describe('recordVisit', () => {
  it('records the visit and makes it the lesson to continue', () => {
    let data = recordVisit(emptyProgress(), 'lesson-one', 1000);
    expect(data.lastLesson).toBe('lesson-one');
    expect(data.lessons).toEqual({ 'lesson-one': { visitedAt: 1000 } });
    data = recordVisit(data, 'lesson-two', 2000);
    data = recordVisit(data, 'lesson-one', 3000);
    expect(data.lastLesson).toBe('lesson-one');
    expect(data.lessons).toEqual({ 'lesson-one': { visitedAt: 3000 }, 'lesson-two': { visitedAt: 2000 } });
  });

  it('leaves answers alone', () => {
    const answered = check(emptyProgress(), single, RIGHT['q-single']!, 1000);
    const data = recordVisit(answered, 'lesson-one', 2000);
    expect(data.answers).toBe(answered.answers);
    expect(data.quizzes).toBe(answered.quizzes);
    expect(data.tries).toBe(answered.tries);
  });
});

describe('holdsQuiz (whether saved progress has anything of a quiz, so that it wins over a choice made before it was read)', () => {
  it('is false for empty progress and for progress of other quizzes only', () => {
    expect(holdsQuiz(emptyProgress(), QUIZ, questions)).toBe(false);
    const elsewhere = recordCheck(emptyProgress(), single, RIGHT['q-single']!, expectGraded(grade(single, RIGHT['q-single']!)), ctx(1000, [single], 'another-quiz'));
    expect(holdsQuiz(elsewhere, QUIZ, questions)).toBe(false);
  });

  it('is true once any question is answered, or only a hint taken, or the quiz retaken', () => {
    expect(holdsQuiz(check(emptyProgress(), ordering, WRONG['q-ordering']!, 1000), QUIZ, questions)).toBe(true);
    expect(holdsQuiz(recordHint(emptyProgress(), multiple, ctx(1000)), QUIZ, questions)).toBe(true);
    expect(holdsQuiz(startNewAttempt(emptyProgress(), QUIZ, 1000), QUIZ, questions)).toBe(true);
  });

  it('is true for a legacy answer (which has no quiz record)', () => {
    const data = migrate({ answers: { 'q-single': { choice: 'b', correct: true, at: 500 } } }, 1) as ProgressData;
    expect(data.quizzes).toEqual({});
    expect(holdsQuiz(data, QUIZ, questions)).toBe(true);
  });
});
