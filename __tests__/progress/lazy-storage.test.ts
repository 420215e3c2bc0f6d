/**
 * The store's storage loads the real adapter on first use (lazy-storage.ts), so that it is not
 * part of the first page. Nothing may be lost or reordered while it loads, and nothing may be
 * written over saved progress that could not be read.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { lazyStorage } from '../../src/progress/lazy-storage';
import { ChunkLoadError } from '../../src/ui/load-chunk';

type Saved = StorageValue<{ n: number }>;
const value = (n: number): Saved => ({ state: { n }, version: 1 });

/** A stand-in for the adapter: one saved value, a log of what happened, a read that can fail. */
function fakeAdapter(initial: number | null) {
  let saved: Saved | null = initial === null ? null : value(initial);
  const log: string[] = [];
  const adapter = {
    failReads: false,
    log,
    saved: () => saved?.state.n ?? null,
    storage: {
      getItem: () => {
        log.push(`read ${saved?.state.n ?? 'nothing'}`);
        if (adapter.failReads) return Promise.reject(new Error('the reader did not download'));
        return Promise.resolve(saved);
      },
      setItem: (_: string, next: Saved) => {
        log.push(`write ${next.state.n}`);
        saved = next;
      },
      removeItem: () => {
        log.push('remove');
        saved = null;
      },
    } satisfies PersistStorage<{ n: number }>,
  };
  return adapter;
}

/** A loader that waits until `arrive()`, or fails on `fail()`, as a file on a slow network. */
function slowLoader<T>(module: T) {
  let calls = 0;
  let open = () => {};
  let shut: (error: unknown) => void = () => {};
  let gate: Promise<void>;
  /** Whatever happened before, the next attempt waits again. */
  const waitAgain = () => {
    gate = new Promise<void>((resolve, reject) => {
      open = resolve;
      shut = reject;
    });
    gate.catch(() => undefined);
  };
  waitAgain();
  return {
    load: () => {
      calls += 1;
      return gate.then(() => module);
    },
    calls: () => calls,
    arrive: () => open(),
    fail: () => shut(new TypeError('Failed to fetch dynamically imported module')),
    waitAgain,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the lazily loaded storage', () => {
  it('saves changes made before the adapter arrived, after the read, newest last', async () => {
    const adapter = fakeAdapter(1);
    const loader = slowLoader(adapter.storage);
    const storage = lazyStorage(loader.load);
    const read = storage.getItem('key');
    void storage.setItem('key', value(2));
    void storage.setItem('key', value(3));
    expect(adapter.log).toEqual([]); // nothing touched before the adapter is there
    loader.arrive();
    expect(await read).toEqual(value(1)); // the read sees what was saved, not the changes
    await settle();
    // Each write is the whole state: the newest one saves everything the older one would have.
    expect(adapter.log).toEqual(['read 1', 'write 3']);
    expect(adapter.saved()).toBe(3);
    expect(loader.calls()).toBe(1);
  });

  it('once loaded and not reading, writes at once, in the order made', async () => {
    const adapter = fakeAdapter(null);
    const storage = lazyStorage(() => Promise.resolve(adapter.storage));
    await storage.getItem('key');
    void storage.setItem('key', value(1));
    expect(adapter.saved()).toBe(1);
    void storage.setItem('key', value(2));
    void storage.removeItem('key');
    void storage.setItem('key', value(4));
    expect(adapter.log).toEqual(['read nothing', 'write 1', 'write 2', 'remove', 'write 4']);
  });

  it('a write made while a read is under way waits for it, and is not overtaken by an older one', async () => {
    const adapter = fakeAdapter(1);
    const storage = lazyStorage(() => Promise.resolve(adapter.storage));
    await storage.getItem('key');
    const reread = storage.getItem('key');
    void storage.setItem('key', value(2));
    expect(adapter.saved()).toBe(1);
    await reread;
    void storage.setItem('key', value(3)); // after the read: straight through
    await settle();
    expect(adapter.log).toEqual(['read 1', 'read 1', 'write 3']);
    expect(adapter.saved()).toBe(3);
  });

  it('when the adapter does not download: the read fails as a ChunkLoadError, nothing is written, and a retry loads it', async () => {
    const adapter = fakeAdapter(1);
    const loader = slowLoader(adapter.storage);
    const storage = lazyStorage(loader.load);
    const read = storage.getItem('key');
    void storage.setItem('key', value(2));
    loader.fail();
    await expect(read).rejects.toBeInstanceOf(ChunkLoadError);
    void storage.setItem('key', value(3)); // a change while progress is unread…
    await settle();
    expect(adapter.log).toEqual([]); // …never written over it

    loader.waitAgain();
    const retry = storage.getItem('key');
    await settle();
    expect(loader.calls()).toBe(2);
    loader.arrive();
    expect(await retry).toEqual(value(1));
    void storage.setItem('key', value(4));
    expect(adapter.log).toEqual(['read 1', 'write 4']);
  });

  it('when the read fails (the reader did not download), writes wait until a read succeeds', async () => {
    const adapter = fakeAdapter(1);
    const storage = lazyStorage(() => Promise.resolve(adapter.storage));
    adapter.failReads = true;
    const read = storage.getItem('key');
    void storage.setItem('key', value(2)); // queued behind the read that fails
    await expect(read).rejects.toBeInstanceOf(ChunkLoadError);
    void storage.setItem('key', value(3));
    void storage.removeItem('key');
    await settle();
    expect(adapter.saved()).toBe(1);

    adapter.failReads = false;
    await storage.getItem('key');
    void storage.setItem('key', value(5));
    expect(adapter.log).toEqual(['read 1', 'read 1', 'write 5']);
  });
});
