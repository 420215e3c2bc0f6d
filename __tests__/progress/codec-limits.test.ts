/**
 * What the reader refuses, and why: timestamps and counts outside sane ranges (named by
 * field), and files nested too deeply (checked without recursion).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeImport, EXPORT_APP, readStored } from '../../src/progress/progress-codec';
import { PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';

const fixtureState = (version: number) => (JSON.parse(readFileSync(path.join(__dirname, 'fixtures', `progress-v${version}.json`), 'utf8')) as { state: ProgressData }).state;
/** Current data with its tries log (the current fixture, with the version 3 fixture's log: format 4 only saves the log apart). */
const current = (): ProgressData => ({ ...fixtureState(PROGRESS_VERSION), tries: fixtureState(3).tries });
const exported = (state: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: EXPORT_APP, version: PROGRESS_VERSION, exportedAt: '2026-11-01T00:00:00.000Z', state, ...extra });
const stored = (state: unknown) => JSON.stringify({ state, version: PROGRESS_VERSION });

/** The fixture with one change, made by `edit`. */
function edited(edit: (data: ProgressData) => void): ProgressData {
  const data = current();
  edit(data);
  return data;
}

const firstQuiz = (data: ProgressData) => Object.values(data.quizzes)[0]!;
const firstAnswer = (data: ProgressData) => Object.values(data.answers)[0]!;
const firstCard = (data: ProgressData) => Object.values(data.reviews)[0]!;

describe('timestamps and counts must be in sane ranges', () => {
  it.each([
    ['a quiz’s last attempt 9e15 ms after 1970 (Date cannot show it)', (d: ProgressData) => (firstQuiz(d).last = { score: 1, total: 1, at: 9e15 }), /quizzes\..+\.last\.at/],
    ['an answer’s time before 1970', (d: ProgressData) => (firstAnswer(d).at = -5), /answers\..+\.at/],
    ['an answer’s time that is not finite', (d: ProgressData) => (firstAnswer(d).at = 1e308 * 10), /answers\..+\.at/],
    ['a reset time in the year 275,000', (d: ProgressData) => (d.resetAt = 8.6e15), /resetAt/],
    ['a visit in the far future', (d: ProgressData) => (d.lessons.x = { visitedAt: 5e15 }), /lessons\.x\.visitedAt/],
    ['a try time in the far future', (d: ProgressData) => d.tries.push({ q: 'a', quiz: 'b', s: 1, at: 5e15 }), /tries\.\d+\.at/],
    ['a trillion tries', (d: ProgressData) => (firstAnswer(d).tries = 1e12), /answers\..+\.tries/],
    ['a trillion attempts', (d: ProgressData) => (firstQuiz(d).attempt = 1e12), /quizzes\..+\.attempt/],
    ['a trillion completed attempts', (d: ProgressData) => (firstQuiz(d).completed = 1e12), /quizzes\..+\.completed/],
    ['a quiz total of a billion questions', (d: ProgressData) => (firstQuiz(d).best = { score: 1, total: 1e9, at: 1_700_000_000_000 }), /quizzes\..+\.best\.total/],
    ['a best score above its total (999 of 6)', (d: ProgressData) => (firstQuiz(d).best = { score: 999, total: 6, at: 1_700_000_000_000 }), /quizzes\..+\.best\.score/],
    ['a negative score', (d: ProgressData) => (firstQuiz(d).best = { score: -1, total: 5, at: 1_700_000_000_000 }), /quizzes\..+\.best\.score/],
    ['a review due in the year 275,000', (d: ProgressData) => (firstCard(d).due = 8.6e15), /reviews\..+\.due/],
    ['a review stability of a billion days', (d: ProgressData) => (firstCard(d).stability = 1e9), /reviews\..+\.stability/],
    ['a review difficulty of 11 (FSRS keeps it to 1–10)', (d: ProgressData) => (firstCard(d).difficulty = 11), /reviews\..+\.difficulty/],
    ['a review rated 5 (FSRS rates 1–4)', (d: ProgressData) => (firstCard(d).lastRating = 5 as never), /reviews\..+\.lastRating/],
    ['a review state of 7', (d: ProgressData) => (firstCard(d).state = 7 as never), /reviews\..+\.state/],
    ['a final score above its total', (d: ProgressData) => (d.finalResults = [{ n: 1, score: 21, total: 20, at: 1_700_000_000_000 }]), /finalResults\.0\.score/],
    ['a final result of no questions', (d: ProgressData) => (d.finalResults = [{ n: 1, score: 0, total: 0, at: 1_700_000_000_000 }]), /finalResults\.0\.total/],
    ['a final attempt started before 1970', (d: ProgressData) => (d.finalAttempt!.startedAt = -1), /finalAttempt\.startedAt/],
    ['a final answer that is not a response', (d: ProgressData) => (d.finalAttempt!.responses.x = { type: 'essay' } as never), /finalAttempt\.responses\.x/],
    ['a certificate name of 500 characters', (d: ProgressData) => (d.certificateName = { name: 'x'.repeat(500), at: 1_700_000_000_000 }), /certificateName\.name/],
    ['a reading place read in the far future', (d: ProgressData) => (d.reading.x = { section: 'the-definition', at: 5e15 }), /reading\.x\.at/],
    ['a reading place whose section is not an id', (d: ProgressData) => (d.reading.x = { section: '<img src=x>', at: 5 }), /reading\.x\.section/],
    ['a reading place whose section is 10,000 characters long', (d: ProgressData) => (d.reading.x = { section: 'a'.repeat(10_000), at: 5 }), /reading\.x\.section/],
    ['a reading place without a section', (d: ProgressData) => (d.reading.x = { at: 5 } as ProgressData['reading'][string]), /reading\.x\.section/],
    ['reading places for 1,001 lessons', (d: ProgressData) => (d.reading = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`l-${i}`, { section: 's', at: 5 }]))), /reading/],
  ])('refuses %s, naming the field', (_label, edit, field) => {
    const data = edited(edit);
    const fromFile = decodeImport(exported(data));
    const fromStorage = readStored(stored(data));
    expect(fromFile).toEqual({ ok: false, reason: expect.stringMatching(field) });
    expect(fromStorage).toEqual({ ok: false, reason: expect.stringMatching(field) });
  });

  it('accepts the fixture as it is (the checks above change one field each)', () => {
    expect(firstQuiz(current())).toBeDefined();
    expect(decodeImport(exported(current())).ok).toBe(true);
  });
});

describe('deeply nested files', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('says a valid JSON file nested 5,000 deep is too deeply nested (not “not valid JSON”)', () => {
    const text = exported(current()).replace(/}$/, `,"extra":${nested(5000)}}`);
    expect(() => JSON.parse(text) as unknown).not.toThrow(); // it is valid JSON
    expect(decodeImport(text)).toEqual({ ok: false, reason: expect.stringMatching(/too deeply nested/) });
  });

  it('treats a value in storage nested 5,000 deep as unreadable for the same reason', () => {
    const text = stored(current()).replace(/}$/, `,"extra":${nested(5000)}}`);
    expect(readStored(text)).toEqual({ ok: false, reason: expect.stringMatching(/too deeply nested/) });
  });

  it('checks keys at every depth without recursion: a forbidden key 15 levels down is found', () => {
    let inner = '{"__proto__":1}';
    for (let i = 0; i < 14; i += 1) inner = `{"a":${inner}}`;
    const text = exported(current()).replace(/}$/, `,"extra":${inner}}`);
    expect(decodeImport(text)).toEqual({ ok: false, reason: expect.stringMatching(/__proto__/) });
  });

  it('still accepts ordinary nesting (a matching answer is six levels down)', () => {
    expect(decodeImport(exported(current())).ok).toBe(true);
  });
});
