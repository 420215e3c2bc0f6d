import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addReadingPlaces, LEGACY, migrate, v1ToV2, v2ToV3, v3ToV4, v4ToV5 } from '../../src/progress/migrations';
import {
  decodeEnvelope,
  decodeImport,
  encodeExport,
  EXPORT_APP,
  MAX_IMPORT_BYTES,
  progressSchema,
  readStored,
  type ReadResult,
} from '../../src/progress/progress-codec';
import { emptyProgress, MAX_TRIES_LOGGED, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';

/** Saved values of every format version, as the browser held them: progress-vN.json. */
const fixtureFile = (version: number) => path.join(__dirname, 'fixtures', `progress-v${version}.json`);
const fixtureText = (version: number) => readFileSync(fixtureFile(version), 'utf8');
const fixture = (version: number) => JSON.parse(fixtureText(version)) as { state: unknown; version: number };
const versions = Array.from({ length: PROGRESS_VERSION }, (_, i) => i + 1);

/**
 * Current data, tries log included: the current fixture (the main value as saved since
 * format 4, without the log) with the version 3 fixture's log (format 4 changed where the
 * log is saved, not the log).
 */
const currentData = () => ({ ...(fixture(PROGRESS_VERSION).state as ProgressData), tries: (fixture(3).state as ProgressData).tries });
/** What formats 5 and 6 add, empty: what migrating any older version fills in. */
const format5Empty = { reviews: {}, finalAttempt: null, finalResults: [], certificateName: null, reading: {} };

/** Refused, with a reason a learner can read, and no data at all. */
function expectRefused(result: ReadResult, reason: RegExp) {
  expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  expect(Object.keys(result).sort()).toEqual(['ok', 'reason']);
}

const envelope = (state: unknown, version: number = PROGRESS_VERSION) => JSON.stringify({ state, version });
const exported = (state: unknown, version: number = PROGRESS_VERSION, app: unknown = EXPORT_APP) =>
  JSON.stringify({ app, version, exportedAt: '2024-01-01T00:00:00.000Z', state });

describe('readStored: every saved format version', () => {
  it.each(versions)('has a fixture for version %i (add one with each new version)', (version) => {
    expect(existsSync(fixtureFile(version))).toBe(true);
    expect(fixture(version).version).toBe(version);
  });

  it.each(versions)('reads the version %i fixture as valid current data', (version) => {
    const result = readStored(fixtureText(version));
    if (!result.ok) throw new Error(`version ${version} fixture refused: ${result.reason}`);
    expect(progressSchema.safeParse(result.data).success).toBe(true);
    expect(result.migratedFrom).toBe(version === PROGRESS_VERSION ? null : version);
  });
});

describe('readStored: version 1 (one answer per single-choice question)', () => {
  const V1 = { state: { answers: { 'wift-check-define': { choice: 'further-training', correct: true, at: 1700000000000 } } }, version: 1 };

  it('migrates each answer to a legacy record of attempt 1, and logs it as one try', () => {
    const result = readStored(JSON.stringify(V1));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      hasTries: true,
      data: {
        answers: {
          'wift-check-define': {
            quiz: LEGACY,
            attempt: 1,
            fp: LEGACY,
            response: { type: 'single', choice: 'further-training' },
            tries: 1,
            firstScore: 1,
            correct: true,
            hintUsed: false,
            revealed: false,
            at: 1700000000000,
          },
        },
        quizzes: {},
        tries: [{ q: 'wift-check-define', quiz: LEGACY, s: 1, at: 1700000000000 }],
        lessons: {},
        lastLesson: null,
        resetAt: 0,
        ...format5Empty,
      },
    });
  });

  it('migrates the fixture file: a wrong answer scores 0, and the log is in time order', () => {
    const result = readStored(fixtureText(1));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.answers['wift-check-analogy']).toMatchObject({ firstScore: 0, correct: false, response: { type: 'single', choice: 'new-model' } });
    expect(result.data.tries.map((t) => t.q)).toEqual(['wift-check-analogy', 'wift-check-define']);
  });

  it('migrates an empty v1 state to empty progress', () => {
    expect(readStored(envelope({ answers: {} }, 1))).toEqual({ ok: true, migratedFrom: 1, data: emptyProgress(), hasTries: true });
  });

  it('refuses a version 1 value that is not of the version 1 shape', () => {
    expectRefused(readStored(envelope({ answers: { q: { choice: 3, correct: true, at: 1 } } }, 1)), /format 1/);
    expectRefused(readStored(envelope(currentData(), 1)), /format 1/);
  });
});

describe('readStored: the current version', () => {
  it('reads a valid value of the current version unchanged (round trip)', () => {
    const result = readStored(fixtureText(PROGRESS_VERSION));
    // The saved main value leaves the tries log out: it is saved by hour, under keys of its own.
    expect(result).toEqual({ ok: true, data: { ...currentData(), tries: [] }, migratedFrom: null, hasTries: false });
  });

  it('reads a value with its tries log inline (as an exported file holds it) with the log, unchanged (round trip)', () => {
    const result = readStored(envelope(currentData()));
    expect(result).toEqual({ ok: true, data: currentData(), migratedFrom: null, hasTries: true });
    if (result.ok) expect(readStored(envelope(result.data))).toEqual(result);
  });

  it('reads empty progress', () => {
    expect(readStored(envelope(emptyProgress()))).toEqual({ ok: true, data: emptyProgress(), migratedFrom: null, hasTries: true });
  });
});

describe('readStored: refusals', () => {
  it('refuses text that is not JSON', () => {
    expectRefused(readStored('{"state": {'), /not valid JSON/);
    expectRefused(readStored(''), /not valid JSON/);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'progress'],
    ['an array', [1, 2]],
    ['an object without state', { version: 2 }],
  ])('refuses %s as not the progress format', (_label, value) => {
    expectRefused(readStored(JSON.stringify(value)), /not in the course’s progress format/);
  });

  it('refuses a missing version', () => {
    expectRefused(readStored(JSON.stringify({ state: currentData() })), /format|version/i);
  });

  it.each([
    ['a string', '2'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['negative', -1],
    ['null', null],
  ])('refuses a version that is %s', (_label, version) => {
    expectRefused(readStored(JSON.stringify({ state: currentData(), version })), /version number is missing or invalid/);
  });

  it('refuses a future version (3), saying it is newer', () => {
    expectRefused(readStored(envelope(currentData(), PROGRESS_VERSION + 1)), new RegExp(`newer version.*format ${PROGRESS_VERSION + 1}`));
  });

  it.each<[string, (state: ProgressData) => unknown]>([
    ['answers is not an object', (s) => ({ ...s, answers: 5 })],
    ['a key is missing', ({ quizzes: _quizzes, ...rest }) => rest],
    ['a record lacks its fingerprint', (s) => ({ ...s, answers: { ...s.answers, x: { ...Object.values(s.answers)[0], fp: undefined } } })],
    ['a response of an unknown type', (s) => ({ ...s, answers: { ...s.answers, x: { ...Object.values(s.answers)[0], response: { type: 'essay', text: 'hi' } } } })],
    ['a first score above 1', (s) => ({ ...s, answers: { ...s.answers, x: { ...Object.values(s.answers)[0], firstScore: 2 } } })],
    ['an attempt of 0', (s) => ({ ...s, quizzes: { q: { ...Object.values(s.quizzes)[0], attempt: 0 } } })],
    ['a try with a string score', (s) => ({ ...s, tries: [{ q: 'a', quiz: 'b', s: '1', at: 1 }] })],
    ['too many tries', (s) => ({ ...s, tries: Array.from({ length: MAX_TRIES_LOGGED + 1 }, (_, i) => ({ q: 'a', quiz: 'b', s: 1, at: i })) })],
    ['lastLesson is a number', (s) => ({ ...s, lastLesson: 3 })],
  ])('refuses a damaged value of the current version: %s', (_label, damage) => {
    expectRefused(readStored(envelope(damage(currentData()))), /damaged/);
  });
});

describe('migrate', () => {
  it('leaves current data alone', () => {
    const data = currentData();
    expect(migrate(data, PROGRESS_VERSION)).toBe(data);
  });

  it('upgrades version 1 with v1ToV2, then each step after it', () => {
    const old = { answers: { q: { choice: 'a', correct: false, at: 5 } } };
    expect(migrate(old, 1)).toEqual(addReadingPlaces(v4ToV5(v3ToV4(v2ToV3(v1ToV2(old))))));
  });

  it('upgrades version 2 by recording that it was never reset (and filling formats 5 and 6 empty)', () => {
    const v2 = fixture(2).state as Omit<ProgressData, 'resetAt'>;
    expect(migrate(v2, 2)).toEqual({ ...v2, resetAt: 0, ...format5Empty });
  });

  it('upgrades version 5 by giving every lesson no reading place yet: each opens at its top', () => {
    const v5 = fixture(5).state as Omit<ProgressData, 'reading'>;
    const result = readStored(fixtureText(5));
    expect(result).toEqual({ ok: true, migratedFrom: 5, hasTries: true, data: { ...v5, tries: [], reading: {} } });
  });

  it('throws for a version it has no step for', () => {
    expect(() => migrate({}, 0)).toThrow('No migration from version 0');
  });
});

describe('decodeEnvelope', () => {
  it('reads an already-parsed envelope like readStored', () => {
    expect(decodeEnvelope(fixture(2))).toEqual(readStored(fixtureText(2)));
    expect(decodeEnvelope(fixture(3))).toEqual(readStored(fixtureText(3)));
    expect(decodeEnvelope(fixture(1))).toEqual(readStored(fixtureText(1)));
  });
});

describe('encodeExport and decodeImport', () => {
  it('round-trip the data unchanged', () => {
    const data = currentData();
    expect(decodeImport(encodeExport(data))).toEqual({ ok: true, data, migratedFrom: null, hasTries: true });
    expect(decodeImport(encodeExport(emptyProgress()))).toEqual({ ok: true, data: emptyProgress(), migratedFrom: null, hasTries: true });
  });

  it('write the app, the format version and the time of export', () => {
    const file = JSON.parse(encodeExport(emptyProgress(), new Date('2024-05-06T07:08:09.000Z'))) as Record<string, unknown>;
    expect(file).toEqual({ app: EXPORT_APP, version: PROGRESS_VERSION, exportedAt: '2024-05-06T07:08:09.000Z', state: emptyProgress() });
  });

  it('imports an export of an older version, migrated', () => {
    const result = decodeImport(exported(fixture(1).state, 1));
    expect(result).toEqual(readStored(fixtureText(1)));
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});

describe('decodeImport: refusals', () => {
  it('refuses a file over 1 MB, even if it is valid', () => {
    const text = encodeExport(currentData());
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - new TextEncoder().encode(text).length + 1);
    expectRefused(decodeImport(padded), /larger than 1 MB/);
  });

  it('accepts a valid file of exactly 1 MB', () => {
    const text = encodeExport(currentData());
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - new TextEncoder().encode(text).length);
    expect(decodeImport(padded).ok).toBe(true);
  });

  it('counts bytes, not characters', () => {
    const wide = { ...emptyProgress(), lastLesson: 'é'.repeat(MAX_IMPORT_BYTES / 2 + 10) }; // 2 bytes each
    const text = encodeExport(wide);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expectRefused(decodeImport(text), /larger than 1 MB/);
  });

  it('refuses text that is not JSON', () => {
    expectRefused(decodeImport('this is not JSON'), /not valid JSON/);
    expectRefused(decodeImport(encodeExport(currentData()).slice(0, -10)), /not valid JSON/);
  });

  it.each([
    ['another app', 'another-course'],
    ['an app of the wrong type', 7],
    ['an app of null', null],
  ])('refuses a file from %s', (_label, app) => {
    expectRefused(decodeImport(exported(currentData(), PROGRESS_VERSION, app)), /not a progress export from this course/);
  });

  it('refuses a file without an app field', () => {
    const text = JSON.stringify({ version: PROGRESS_VERSION, exportedAt: '2024-01-01T00:00:00.000Z', state: currentData() });
    expectRefused(decodeImport(text), /not a progress export from this course/);
  });

  it('refuses a saved localStorage value (no app field)', () => {
    expectRefused(decodeImport(fixtureText(2)), /not a progress export/);
  });

  it.each([['null'], ['[]'], ['"text"'], ['12']])('refuses %s', (text) => {
    expectRefused(decodeImport(text), /not a progress export/);
  });

  it('refuses a file from a newer version', () => {
    expectRefused(decodeImport(exported(currentData(), PROGRESS_VERSION + 1)), /newer version/);
  });

  it('refuses a file with a missing or invalid version', () => {
    expectRefused(decodeImport(JSON.stringify({ app: EXPORT_APP, state: currentData() })), /format|version/i);
    expectRefused(decodeImport(exported(currentData(), 'two' as unknown as number)), /version/);
  });

  /** A valid export with the key POISON renamed, so that JSON can hold what an object literal cannot. */
  const poisoned = (where: (data: ProgressData) => unknown, key: string) =>
    exported(where(currentData())).replaceAll('"POISON"', JSON.stringify(key));

  describe.each(['__proto__', 'constructor', 'prototype'])('a key named %s', (key) => {
    it.each<[string, (data: ProgressData) => unknown]>([
      ['at the top of the state', (d) => ({ ...d, POISON: { polluted: true } })],
      ['as a question id', (d) => ({ ...d, answers: { ...d.answers, POISON: Object.values(d.answers)[0] } })],
      ['as a quiz id', (d) => ({ ...d, quizzes: { POISON: Object.values(d.quizzes)[0] } })],
      ['as a lesson slug', (d) => ({ ...d, lessons: { POISON: { visitedAt: 1 } } })],
      [
        'deep inside a matching response',
        (d) => ({ ...d, answers: { x: { ...Object.values(d.answers)[0], response: { type: 'matching', matches: { POISON: 'a' } } } } }),
      ],
      ['inside an item of the tries list', (d) => ({ ...d, tries: [{ q: 'a', quiz: 'b', s: 1, at: 1, POISON: { polluted: true } }] })],
    ])('is refused %s', (_label, where) => {
      const text = poisoned(where, key);
      expect(text).toContain(`"${key}"`);
      expectRefused(decodeImport(text), new RegExp(`key named “${key}”`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('refuses such a key beside the state, outside it', () => {
    const text = JSON.stringify({ app: EXPORT_APP, version: PROGRESS_VERSION, POISON: {}, state: currentData() }).replace('"POISON"', '"__proto__"');
    expectRefused(decodeImport(text), /key named “__proto__”/);
  });

  it('allows those words as values, where they are harmless', () => {
    const data = { ...currentData(), lastLesson: '__proto__' };
    expect(decodeImport(encodeExport(data))).toEqual({ ok: true, data, migratedFrom: null, hasTries: true });
  });

  it('refuses a file of the wrong shape, all or nothing: one bad record among good ones returns no data', () => {
    const data = currentData();
    const first = Object.values(data.answers)[0]!;
    const oneBad = { ...data, answers: { ...data.answers, bad: { ...first, tries: -1 } } };
    expectRefused(decodeImport(exported(oneBad)), /damaged/);
    expectRefused(decodeImport(exported({ answers: [] })), /damaged/);
    expectRefused(decodeImport(exported({ answers: { q: { choice: 'a', correct: true, at: 1 } } }, 1).replace('"correct":true', '"correct":"yes"')), /format 1/);
  });
});
