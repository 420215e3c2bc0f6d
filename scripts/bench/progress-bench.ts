/**
 * The progress store under load: how long hydrating and recording an answer take with a
 * small and a full `tries` log. Bundled by scripts/bench.mjs and run in Node against the
 * real store, storage adapter and codec; `window.localStorage` is an in-memory shim that
 * bench.mjs installs before this module loads (it counts writes, so the bench can prove
 * each recorded answer was written).
 */
import { dataOf, progressStorage, STORAGE_KEY, useProgress, type QuizTarget } from '../../src/progress/progress-store';
import { MAX_TRIES_LOGGED, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';
import { useStorageHealth } from '../../src/progress/storage-health';
import { correctResponse } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import { fakeCourse, fakeProgress, gradedCheck } from './fake-progress';

/** One frame at 60 Hz: recording an answer must fit in it. */
export const FRAME_MS = 16;

interface CountingStorage extends Storage {
  writes: number;
}

export interface BenchOptions {
  sizes: number[];
  hydrateRuns: number;
  recordRuns: number;
  warmup: number;
}

export interface Sample {
  attempts: number;
  questionIds: number;
  quizzes: number;
  bytes: number;
  hydrate: number[];
  record: number[];
  write: number[];
}

const storage = () => window.localStorage as CountingStorage;
const sameData = (a: ProgressData, b: ProgressData) => JSON.stringify(a) === JSON.stringify(b);

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`bench: ${message}`);
}

function healthy() {
  const { health } = useStorageHealth.getState();
  check(health.kind === 'ok', `storage health is "${health.kind}"`);
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Loads `data` as the store's state; persist writes it to storage (not timed). */
function load(data: ProgressData) {
  useProgress.setState(data);
  healthy();
}

async function measureHydrate(data: ProgressData, runs: number, warmup: number): Promise<number[]> {
  load(data);
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const before = useProgress.getState().tries;
    const ms = await time(() => useProgress.persist.rehydrate());
    // The state must be new objects read back from storage, not what was in memory.
    check(useProgress.getState().tries !== before && useProgress.persist.hasHydrated(), 'rehydrate did not replace the state');
    healthy();
    if (i >= warmup) times.push(ms);
  }
  check(sameData(dataOf(useProgress.getState()), data), 'hydrated state differs from the saved data');
  return times;
}

interface Recording {
  target: QuizTarget;
  question: Question;
}

async function measureRecord(data: ProgressData, recordings: Recording[], runs: number, warmup: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const { target, question } = recordings[i % recordings.length]!;
    const response = correctResponse(question);
    const result = gradedCheck(question, response);
    load(data); // every run starts from the same saved state
    const writes = storage().writes;
    const ms = await time(() => useProgress.getState().checkAnswer(target, question, response, result));
    // Honest: exactly one synchronous write happened inside the timed call, and it holds the answer.
    check(storage().writes === writes + 1, `checkAnswer wrote ${storage().writes - writes} times, expected 1`);
    healthy();
    const tries = useProgress.getState().tries;
    check(tries.at(-1)?.q === question.id && tries.length === Math.min(data.tries.length + 1, MAX_TRIES_LOGGED), 'the answer was not recorded');
    if (i >= warmup) times.push(ms);
  }
  return times;
}

async function measureWrite(data: ProgressData, runs: number, warmup: number): Promise<number[]> {
  load(data);
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const value = { state: dataOf(useProgress.getState()), version: PROGRESS_VERSION };
    const ms = await time(() => progressStorage.setItem(STORAGE_KEY, value));
    if (i >= warmup) times.push(ms);
  }
  return times;
}

export async function runBench({ sizes, hydrateRuns, recordRuns, warmup }: BenchOptions): Promise<Sample[]> {
  await useProgress.persist.rehydrate(); // the first hydration (empty storage) has finished
  const course = fakeCourse();
  const recordings: Recording[] = course.flatMap((lesson) =>
    [...lesson.checkpoints, lesson.quiz].flatMap((target) => target.questions.map((question) => ({ target, question }))),
  );
  const samples: Sample[] = [];
  for (const attempts of sizes) {
    const data = fakeProgress(course, attempts);
    check(data.tries.length === attempts, `fake data has ${data.tries.length} tries, wanted ${attempts}`);
    load(data);
    const raw = storage().getItem(STORAGE_KEY);
    check(raw !== null, 'nothing was saved');
    samples.push({
      attempts,
      questionIds: Object.keys(data.answers).length,
      quizzes: Object.keys(data.quizzes).length,
      bytes: new TextEncoder().encode(raw).length,
      hydrate: await measureHydrate(data, hydrateRuns, warmup),
      record: await measureRecord(data, recordings, recordRuns, warmup * 4),
      write: await measureWrite(data, recordRuns, warmup * 4),
    });
  }
  return samples;
}

// ---- Report ---------------------------------------------------------------------------

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => (value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(2)} ms`);
const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`);
const ratio = (a: number, b: number) => `×${(b / a).toFixed(b / a < 10 ? 1 : 0)}`;

/** The table, and whether the goal is met, for the smallest and largest sizes. */
export function report(samples: Sample[], options: BenchOptions): { text: string; pass: boolean } {
  const small = samples[0]!;
  const large = samples[samples.length - 1]!;
  const head = (n: number) => `${n.toLocaleString('en-US')} attempts`;
  const rows: [string, number, number, (v: number) => string][] = [
    ['hydrate, median', percentile(small.hydrate, 50), percentile(large.hydrate, 50), ms],
    ['hydrate, p95', percentile(small.hydrate, 95), percentile(large.hydrate, 95), ms],
    ['record answer (checkAnswer + write), median', percentile(small.record, 50), percentile(large.record, 50), ms],
    ['record answer (checkAnswer + write), p95', percentile(small.record, 95), percentile(large.record, 95), ms],
    ['  of which the write alone (stringify + setItem), median', percentile(small.write, 50), percentile(large.write, 50), ms],
    ['saved size (UTF-8 bytes)', small.bytes, large.bytes, size],
  ];
  const table = [['', head(small.attempts), head(large.attempts), `${large.attempts.toLocaleString('en-US')} vs ${small.attempts}`]];
  for (const [label, a, b, format] of rows) table.push([label, format(a), format(b), ratio(a, b)]);
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ');
  const p95 = percentile(large.record, 95);
  const pass = p95 < FRAME_MS;
  const text = [
    `Progress store: ${large.questionIds} question ids, ${large.quizzes} quizzes; ${options.hydrateRuns} hydrations and ${options.recordRuns} recorded answers per size (after warm-up); Node ${process.version}`,
    '',
    line(table[0]!),
    ...table.slice(1).map(line),
    '',
    `${pass ? 'PASS' : 'FAIL'}: recording an answer at ${large.attempts.toLocaleString('en-US')} attempts takes ${ms(p95)} at p95 (goal: under ${FRAME_MS} ms, one frame)`,
  ].join('\n');
  return { text, pass };
}
