import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StorageValue } from 'zustand/middleware';
import { LEGACY } from '../../src/progress/migrations';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';
import { createProgressStorage, STORAGE_KEY, UNREADABLE_KEY } from '../../src/progress/storage-adapter';
import type { StorageHealth } from '../../src/progress/storage-health';
import { MemoryStorage } from '../support/memory-storage';

const fixtureText = (version: number) => readFileSync(path.join(__dirname, 'fixtures', `progress-v${version}.json`), 'utf8');

/** A Storage that throws on every use, like localStorage with storage disabled. */
class ThrowingStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function setup(storage: Storage = new MemoryStorage()) {
  const reports: StorageHealth[] = [];
  const adapter = createProgressStorage(
    () => storage,
    (health) => reports.push(health),
  );
  return { adapter, reports, storage };
}

const value = (state: ProgressData = emptyProgress()): StorageValue<ProgressData> => ({ state, version: PROGRESS_VERSION });
/** The main value as saved since format 4: everything but the tries log (saved by hour, under keys of its own). */
const savedMain = ({ tries: _log, ...main }: ProgressData = emptyProgress()) => ({ state: main, version: PROGRESS_VERSION });
const someProgress = (): ProgressData => ({ ...emptyProgress(), lessons: { one: { visitedAt: 5 } }, lastLesson: 'one' });

describe('storage adapter: reading', () => {
  it('returns null and reports nothing when nothing is saved', async () => {
    const { adapter, reports } = setup();
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toBeNull();
    expect(reports).toEqual([]);
  });

  it('reads a valid saved value', async () => {
    const { adapter, reports, storage } = setup();
    storage.setItem(STORAGE_KEY, fixtureText(PROGRESS_VERSION));
    const expected = (JSON.parse(fixtureText(PROGRESS_VERSION)) as { state: ProgressData }).state;
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toEqual({ state: { ...expected, tries: [] }, version: PROGRESS_VERSION });
    expect(reports).toEqual([]);
  });

  it('migrates a valid version 1 value', async () => {
    const { adapter, reports, storage } = setup();
    storage.setItem(STORAGE_KEY, fixtureText(1));
    const read = await adapter.getItem(STORAGE_KEY);
    expect(read?.version).toBe(PROGRESS_VERSION);
    expect(read?.state.answers['wift-check-define']).toMatchObject({ fp: LEGACY, quiz: LEGACY, attempt: 1, response: { type: 'single', choice: 'further-training' }, firstScore: 1 });
    expect(reports).toEqual([]);
    // Nothing is blocked: the migrated data can be saved over the old value.
    adapter.setItem(STORAGE_KEY, value(read!.state));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(savedMain(read!.state));
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toEqual({ state: read!.state, version: PROGRESS_VERSION });
  });

  it('reports "unavailable" and returns null when storage throws on access', async () => {
    const { adapter, reports } = setup(new ThrowingStorage());
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toBeNull();
    expect(reports).toEqual([{ kind: 'unavailable' }]);
  });

  it('reports "unavailable" when even getting the storage throws', async () => {
    const reports: StorageHealth[] = [];
    const adapter = createProgressStorage(
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
      (health) => reports.push(health),
    );
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toBeNull();
    expect(reports).toEqual([{ kind: 'unavailable' }]);
    expect(() => adapter.setItem(STORAGE_KEY, value())).not.toThrow();
    expect(() => adapter.removeItem(STORAGE_KEY)).not.toThrow();
  });
});

describe('storage adapter: an unreadable saved value', () => {
  const CORRUPT = '{"state": {"answers": 42}, "version": 2}';

  it('reports "unreadable" with the raw text and a reason, and returns null', async () => {
    const { adapter, reports, storage } = setup();
    storage.setItem(STORAGE_KEY, CORRUPT);
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toBeNull();
    expect(reports).toEqual([{ kind: 'unreadable', raw: CORRUPT, reason: expect.stringMatching(/damaged/), keptAside: true }]);
  });

  it.each([
    ['not JSON', '{ this is not json', /JSON/],
    ['a future version', JSON.stringify({ state: emptyProgress(), version: PROGRESS_VERSION + 1 }), /newer version/],
  ])('treats %s as unreadable', async (_label, raw, reason) => {
    const { adapter, reports, storage } = setup();
    storage.setItem(STORAGE_KEY, raw);
    await adapter.getItem(STORAGE_KEY);
    expect(reports).toEqual([{ kind: 'unreadable', raw, reason: expect.stringMatching(reason), keptAside: true }]);
  });

  it('copies the raw value aside, and leaves it in place', async () => {
    const { adapter, storage } = setup();
    storage.setItem(STORAGE_KEY, CORRUPT);
    await adapter.getItem(STORAGE_KEY);
    expect(storage.getItem(UNREADABLE_KEY)).toBe(CORRUPT);
    expect(storage.getItem(STORAGE_KEY)).toBe(CORRUPT);
  });

  it('does not overwrite the saved value until unblock() is called', async () => {
    const { adapter, reports, storage } = setup();
    storage.setItem(STORAGE_KEY, CORRUPT);
    await adapter.getItem(STORAGE_KEY);
    adapter.setItem(STORAGE_KEY, value(someProgress()));
    adapter.setItem(STORAGE_KEY, value());
    expect(storage.getItem(STORAGE_KEY)).toBe(CORRUPT);

    adapter.unblock();
    expect(reports.at(-1)).toEqual({ kind: 'ok' });
    adapter.setItem(STORAGE_KEY, value(someProgress()));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(savedMain(someProgress()));
    // The copy survives starting fresh.
    expect(storage.getItem(UNREADABLE_KEY)).toBe(CORRUPT);
  });

  it('still blocks writes when there is no room to copy the value aside', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, CORRUPT);
    storage.failWritesTo = { key: UNREADABLE_KEY, error: quotaError() };
    const { adapter, reports } = setup(storage);
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toBeNull();
    expect(reports).toEqual([{ kind: 'unreadable', raw: CORRUPT, reason: expect.any(String), keptAside: false }]);
    adapter.setItem(STORAGE_KEY, value());
    expect(storage.getItem(STORAGE_KEY)).toBe(CORRUPT);
  });
});

describe('storage adapter: copies of unreadable values', () => {
  it('never overwrites an earlier kept copy: a different unreadable value gets a copy of its own', async () => {
    const { adapter, storage, reports } = setup();
    storage.setItem(UNREADABLE_KEY, 'the older damaged value');
    storage.setItem(STORAGE_KEY, 'a newer damaged value');
    await adapter.getItem(STORAGE_KEY);
    expect(storage.getItem(UNREADABLE_KEY)).toBe('the older damaged value');
    const copies = [...storage.values.entries()].filter(([key]) => key.startsWith(`${UNREADABLE_KEY}:`));
    expect(copies.map(([, v]) => v)).toEqual(['a newer damaged value']);
    expect(reports.at(-1)).toMatchObject({ kind: 'unreadable', keptAside: true });
  });

  it('does not copy the same value twice', async () => {
    const { adapter, storage } = setup();
    storage.setItem(STORAGE_KEY, 'damaged');
    await adapter.getItem(STORAGE_KEY);
    await adapter.getItem(STORAGE_KEY);
    expect([...storage.values.values()].filter((v) => v === 'damaged')).toHaveLength(2); // the original and one copy
  });

  it('reports that no copy was kept when there is no room, and keeps one later if room appears', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'damaged');
    storage.failWritesTo = { key: UNREADABLE_KEY, error: quotaError() };
    const { adapter, reports } = setup(storage);
    await adapter.getItem(STORAGE_KEY);
    expect(reports.at(-1)).toMatchObject({ kind: 'unreadable', keptAside: false });
    expect(adapter.keepAside('damaged')).toBe(false);
    storage.failWritesTo = null;
    expect(adapter.keepAside('damaged')).toBe(true);
    expect(storage.getItem(UNREADABLE_KEY)).toBe('damaged');
  });
});

describe('storage adapter: writing', () => {
  it('writes the value as JSON that it reads back', async () => {
    const { adapter, reports, storage } = setup();
    adapter.setItem(STORAGE_KEY, value(someProgress()));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(savedMain(someProgress()));
    await expect(adapter.getItem(STORAGE_KEY)).resolves.toEqual(value(someProgress()));
    expect(reports).toEqual([]);
  });

  it('reports "full" when the browser refuses the write for quota, and "ok" after a later write succeeds', () => {
    const storage = new MemoryStorage();
    const { adapter, reports } = setup(storage);
    storage.failWrites = quotaError();
    adapter.setItem(STORAGE_KEY, value());
    expect(reports).toEqual([{ kind: 'full' }]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();

    storage.failWrites = null;
    adapter.setItem(STORAGE_KEY, value(someProgress()));
    expect(reports).toEqual([{ kind: 'full' }, { kind: 'ok' }]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(savedMain(someProgress()));

    adapter.setItem(STORAGE_KEY, value());
    expect(reports).toHaveLength(2); // nothing new to report
  });

  it('keeps retrying while storage is full', () => {
    const storage = new MemoryStorage();
    const { adapter, reports } = setup(storage);
    storage.failWrites = quotaError();
    adapter.setItem(STORAGE_KEY, value());
    adapter.setItem(STORAGE_KEY, value());
    expect(reports).toEqual([{ kind: 'full' }, { kind: 'full' }]);
  });

  it.each([
    ['Firefox’s older name', new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')],
    ['QuotaExceededError', quotaError()],
  ])('recognises %s as storage being full', (_label, error) => {
    const storage = new MemoryStorage();
    const { adapter, reports } = setup(storage);
    storage.failWrites = error;
    adapter.setItem(STORAGE_KEY, value());
    expect(reports).toEqual([{ kind: 'full' }]);
  });

  it('reports "unavailable" for any other failure, and then stops writing', () => {
    const storage = new MemoryStorage();
    const { adapter, reports } = setup(storage);
    storage.failWrites = new DOMException('denied', 'SecurityError');
    adapter.setItem(STORAGE_KEY, value());
    expect(reports).toEqual([{ kind: 'unavailable' }]);
    storage.failWrites = null;
    adapter.setItem(STORAGE_KEY, value());
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('never throws into the app when removing fails', () => {
    const { adapter } = setup(new ThrowingStorage());
    expect(() => adapter.removeItem(STORAGE_KEY)).not.toThrow();
  });

  it('removes the saved value', () => {
    const { adapter, storage } = setup();
    adapter.setItem(STORAGE_KEY, value());
    adapter.removeItem(STORAGE_KEY);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});
