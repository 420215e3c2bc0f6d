import type { DataRouter } from 'react-router';

/**
 * Resolves once the router has loaded the first page's lazy route and data: true when the
 * page rendered, false when it ended in an error (so there is nothing to hydrate against).
 */
export function routerReady(router: Pick<DataRouter, 'state' | 'subscribe'>): Promise<boolean> {
  const settled = () => !router.state.errors;
  if (router.state.initialized) return Promise.resolve(settled());
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve(settled());
    });
  });
}
