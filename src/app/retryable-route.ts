import { createElement, type ComponentType } from 'react';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { loadChunk } from '../ui/load-chunk';

/** What a lazily loaded route module exports. */
export interface RouteModule {
  loader?: (args: LoaderFunctionArgs) => unknown;
  Component: ComponentType;
}

/**
 * A route whose code loads on first visit, as with react-router's `lazy`, but which can be
 * retried: react-router keeps a failed `lazy()` for the life of the page, so no Retry could
 * ever work. Here the route's own loader imports the module (again, after a failure), waits
 * for anything else the page needs (`ready`), then runs the module's loader. A failure
 * reaches the route's error element, whose Retry revalidates, which runs this loader again.
 */
export function retryableRoute(load: () => Promise<RouteModule>, ready?: () => Promise<unknown>): Pick<RouteObject, 'loader' | 'Component'> {
  let loaded: RouteModule | undefined;
  const ensure = async () => {
    if (loaded) return loaded;
    // From a microtask of its own, not from the router's call: a profiler records each request
    // with the stack that made it, and the router's stack is long (main.tsx, `begin`).
    await Promise.resolve();
    return (loaded ??= await loadChunk(load));
  };
  function Component() {
    if (!loaded) throw new Error('The page was shown before its code had loaded.');
    return createElement(loaded.Component);
  }
  return {
    loader: async (args) => {
      const [module] = await Promise.all([ensure(), ready?.()]);
      return module.loader ? module.loader(args) : null;
    },
    Component,
  };
}
