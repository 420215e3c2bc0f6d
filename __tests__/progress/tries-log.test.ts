/**
 * Format 4: the tries log is saved apart, one key per hour, so an answer writes only what
 * changed and another tab merges only the hour that changed. Export, import, the two-tab
 * merge and reset keep working across the split; a format 3 value migrates on first save.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StorageValue } from 'zustand/middleware';
import { mergeProgress } from '../../src/progress/merge';
import { v3ToV4 } from '../../src/progress/migrations';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { emptyProgress, MAX_TRIES_LOGGED, PROGRESS_VERSION, type ProgressData, type TryLogEntry } from '../../src/progress/progress-types';
import { createProgressStorage, encodeMain, encodeTriesHour, hourOfKey, TRIES_KEY_PREFIX, triesKey, UNREADABLE_KEY } from '../../src/progress/storage-adapter';
import type { StorageHealth } from '../../src/progress/storage-health';
import { mergeFromOtherTab, mergeTriesFromOtherTab } from '../../src/progress/tab-sync';
import { MemoryStorage } from '../support/memory-storage';
import { changedHours, entriesOfHours, HOUR_MS, hourOf, mergeHour, splitByHour } from '../../src/progress/tries-log';

const H = 472_222; // an hour in November 2023
const at = (hour: number, minute: number) => hour * HOUR_MS + minute * 60_000;
const entry = (q: string, hour: number, minute: number, s = 1): TryLogEntry => ({ q, quiz: 'lesson:x', s, at: at(hour, minute) });
const fixtureV3 = () => JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'progress-v3.json'), 'utf8')) as { state: ProgressData; version: number };
/** The version 3 fixture as read today: format 5's parts, empty, added by migration. */
const v3AsRead = () => ({ ...fixtureV3().state, reviews: {}, finalAttempt: null, finalResults: [], certificateName: null, reading: {} });

/** Memory storage that also lists the hours of the tries log it holds. */
class RecordingStorage extends MemoryStorage {
  hourKeys() {
    return [...this.values.keys()].filter((key) => hourOfKey(key) !== null).sort();
  }
}

function setup(storage = new RecordingStorage()) {
  const reports: StorageHealth[] = [];
  const adapter = createProgressStorage(() => storage, (health) => reports.push(health));
  return { adapter, storage, reports };
}
const value = (state: ProgressData): StorageValue<ProgressData> => ({ state, version: PROGRESS_VERSION });

describe('tries log by hour (pure)', () => {
  it('an appended entry changes only its own hour', () => {
    const before = [entry('a', H, 1), entry('b', H + 1, 1), entry('c', H + 2, 1)];
    expect([...changedHours(before, [...before, entry('d', H + 5, 0)])]).toEqual([H + 5]);
    expect([...changedHours(before, [...before])]).toEqual([]);
  });

  it('dropping the oldest entry (the log is full) changes its hour and no other', () => {
    const before = [entry('a', H, 1), entry('b', H + 1, 1), entry('c', H + 2, 1)];
    const after = [...before.slice(1), entry('d', H + 2, 30)];
    expect([...changedHours(before, after)].sort()).toEqual([H, H + 2]);
  });

  it('a reset changes every hour there was', () => {
    const before = [entry('a', H, 1), entry('b', H + 1, 1), entry('c', H + 2, 1)];
    expect([...changedHours(before, [])].sort()).toEqual([H, H + 1, H + 2]);
  });

  it('merging one hour of another tab’s log keeps every other entry as it was, and is itself when nothing is new', () => {
    const mine = [entry('a', H, 1), entry('b', H + 1, 1), entry('c', H + 2, 1)];
    const merged = mergeHour(mine, H + 1, [entry('b', H + 1, 1), entry('x', H + 1, 30)], 0);
    expect(merged.map((t) => t.q)).toEqual(['a', 'b', 'x', 'c']);
    expect(merged[0]).toBe(mine[0]);
    expect(merged[3]).toBe(mine[2]);
    expect(mergeHour(mine, H + 1, [entry('b', H + 1, 1)], 0)).toBe(mine);
  });

  it('leaves out another tab’s entries from before this log’s last reset', () => {
    const merged = mergeHour([], H, [entry('old', H, 1), entry('new', H, 50)], at(H, 30));
    expect(merged.map((t) => t.q)).toEqual(['new']);
  });

  it('a log out of time order (a clock set back) loses nothing: every entry of a changed hour is saved', () => {
    const log = [entry('a', H, 10), entry('late', H + 2, 0), entry('b', H, 20)]; // 'b' was logged after the clock went back
    expect(entriesOfHours(log, new Set([H])).get(H)?.map((t) => t.q)).toEqual(['a', 'b']);
    expect(mergeHour(log, H, [entry('c', H, 30)], 0).map((t) => t.q).sort()).toEqual(['a', 'b', 'c', 'late']);
  });

  it('the migration from format 3 keeps the data, log included', () => {
    const { state } = fixtureV3();
    expect(v3ToV4(state)).toEqual(state);
    expect([...splitByHour(state.tries).values()].flat()).toEqual(state.tries);
  });
});

describe('saving in format 4', () => {
  it('a format 3 value (log inline) is read whole, and its first save writes the log out by hour', async () => {
    const { adapter, storage } = setup();
    const v3 = fixtureV3();
    storage.setItem(STORAGE_KEY, JSON.stringify(v3));
    const read = await adapter.getItem(STORAGE_KEY);
    expect(read?.state).toEqual(v3AsRead());

    adapter.setItem(STORAGE_KEY, value(read!.state));
    const main = JSON.parse(storage.getItem(STORAGE_KEY)!) as { state: Partial<ProgressData>; version: number };
    expect(main.version).toBe(PROGRESS_VERSION);
    expect(main.state.tries).toBeUndefined();
    expect(storage.hourKeys()).toEqual([...new Set(v3.state.tries.map((t) => triesKey(hourOf(t.at))))].sort());

    // Read back by a fresh tab: the same data.
    const again = setup(storage);
    await expect(again.adapter.getItem(STORAGE_KEY)).resolves.toEqual(value(v3AsRead()));
  });

  it('recording an answer writes the main value and one hour of the log, however long the log is', async () => {
    const { adapter, storage } = setup();
    const long: ProgressData = { ...emptyProgress(), tries: Array.from({ length: 5000 }, (_, i) => entry(`q${i}`, H + Math.floor(i / 50), i % 50)) };
    adapter.setItem(STORAGE_KEY, value(long));
    expect(storage.hourKeys()).toHaveLength(100);
    await adapter.getItem(STORAGE_KEY); // a new visit reads it

    storage.writes.length = 0;
    const next = { ...long, tries: [...long.tries, entry('new', H + 200, 0)] };
    adapter.setItem(STORAGE_KEY, value(next));
    expect(storage.writes).toEqual([triesKey(H + 200)]); // the main value did not change, so it was not rewritten
    expect(JSON.parse(storage.getItem(triesKey(H + 200))!)).toEqual({ version: PROGRESS_VERSION, tries: [entry('new', H + 200, 0)] });
  });

  it('a reset removes every hour of the log', async () => {
    const { adapter, storage } = setup();
    const data: ProgressData = { ...emptyProgress(), tries: [entry('a', H, 1), entry('b', H + 3, 1)] };
    adapter.setItem(STORAGE_KEY, value(data));
    expect(storage.hourKeys()).toHaveLength(2);
    adapter.setItem(STORAGE_KEY, value({ ...emptyProgress(), resetAt: at(H + 4, 0) }));
    expect(storage.hourKeys()).toEqual([]);
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toEqual(value({ ...emptyProgress(), resetAt: at(H + 4, 0) }));
  });

  it('a damaged hour of the log is copied aside and left out; the rest is read', async () => {
    const { adapter, storage } = setup();
    adapter.setItem(STORAGE_KEY, value({ ...emptyProgress(), tries: [entry('a', H, 1)] }));
    storage.setItem(triesKey(H + 1), '{"version":4,"tries":"broken"');
    const read = await adapter.getItem(STORAGE_KEY);
    expect(read?.state.tries).toEqual([entry('a', H, 1)]);
    expect(storage.getItem(UNREADABLE_KEY)).toBe('{"version":4,"tries":"broken"');
  });

  it('an export still holds the whole log, and importing it brings the log back', async () => {
    const { encodeExport, decodeImport } = await import('../../src/progress/progress-codec');
    const data: ProgressData = v3AsRead();
    const read = decodeImport(encodeExport(data));
    expect(read.ok && read.data).toEqual(data);
    expect(read.ok && mergeProgress(emptyProgress(), read.data).tries).toEqual(data.tries);
  });
});

describe('two tabs in format 4', () => {
  const loadState = (data: ProgressData) => useProgress.setState(data);

  it('another tab’s hour of the log is merged without touching the rest, and saved back only if it differs', async () => {
    const tries = Array.from({ length: MAX_TRIES_LOGGED / 2 }, (_, i) => entry(`q${i}`, H + Math.floor(i / 50), i % 50));
    loadState({ ...emptyProgress(), tries });
    const before = useProgress.getState().tries;
    const theirs = [entry('theirs', H + 500, 1)];
    localStorage.setItem(triesKey(H + 500), encodeTriesHour(theirs));
    await mergeTriesFromOtherTab(H + 500, encodeTriesHour(theirs));
    const after = useProgress.getState().tries;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual(theirs[0]);
    expect(after[0]).toBe(before[0]); // untouched entries are the same objects
  });

  it('another tab’s main value leaves this tab’s log as it is (the very same array)', async () => {
    const tries = [entry('a', H, 1), entry('b', H + 1, 1)];
    loadState({ ...emptyProgress(), tries });
    const before = useProgress.getState().tries;
    const other = { ...emptyProgress(), lessons: { 'what-is-fine-tuning': { visitedAt: at(H + 2, 0) } }, lastLesson: 'what-is-fine-tuning' };
    await mergeFromOtherTab(encodeMain(other));
    expect(useProgress.getState().lastLesson).toBe('what-is-fine-tuning');
    expect(useProgress.getState().tries).toBe(before);
  });

  it('another tab’s reset clears this tab’s log, and this tab removes the hours it had saved', async () => {
    loadState({ ...emptyProgress(), tries: [entry('a', H, 1), entry('b', H + 1, 1)] });
    expect(Object.keys(localStorage).filter((k) => k.startsWith(TRIES_KEY_PREFIX))).toHaveLength(2);
    await mergeFromOtherTab(encodeMain({ ...emptyProgress(), resetAt: at(H + 2, 0) }));
    expect(useProgress.getState().tries).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(TRIES_KEY_PREFIX))).toEqual([]);
  });
});
