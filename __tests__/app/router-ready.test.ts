import type { DataRouter, RouterState } from 'react-router';
import { routerReady } from '../../src/app/router-ready';

/** Just enough of a data router: a state, and subscribers told of each new state. */
function fakeRouter(initial: Partial<RouterState>) {
  let state = { initialized: false, errors: null, ...initial } as RouterState;
  type Listener = Parameters<DataRouter['subscribe']>[0];
  const listeners = new Set<Listener>();
  return {
    get state() {
      return state;
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(next: Partial<RouterState>) {
      state = { ...state, ...next };
      listeners.forEach((l) => l(state, { deletedFetchers: [], newErrors: null, viewTransitionOpts: undefined, flushSync: false }));
    },
    listeners,
  } satisfies Pick<DataRouter, 'state' | 'subscribe'> & Record<string, unknown>;
}

describe('routerReady', () => {
  it('resolves at once when the router already has the page', async () => {
    await expect(routerReady(fakeRouter({ initialized: true }))).resolves.toBe(true);
  });

  it('waits until the lazy route and its data are in, then stops listening', async () => {
    const router = fakeRouter({});
    let settled = false;
    const ready = routerReady(router).then((ok) => {
      settled = true;
      return ok;
    });
    router.update({ initialized: false });
    await Promise.resolve();
    expect(settled).toBe(false);
    router.update({ initialized: true });
    await expect(ready).resolves.toBe(true);
    expect(router.listeners.size).toBe(0);
  });

  it('says false when the first page ended in an error, so the app renders afresh instead of hydrating', async () => {
    const router = fakeRouter({});
    const ready = routerReady(router);
    router.update({ initialized: true, errors: { lesson: new Error('chunk failed') } });
    await expect(ready).resolves.toBe(false);
  });
});
