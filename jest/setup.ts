import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';
// The manual mock in __tests__/__mocks__/zustand.ts: records every store so it can be reset.
import * as zustand from 'zustand';

expect.extend(toHaveNoViolations);

// On a busy 2-core machine, a lesson rendered through the router (lazy route, MDX, bank)
// can take over a second to appear: findBy*/waitFor wait up to 5 s, not 1 s, for it.
configure({ asyncUtilTimeout: 5_000 });

// Server tests run in Node (`@jest-environment node`): no window, no stores to reset.
const inBrowser = typeof window !== 'undefined';

// jsdom does not implement scrolling; react-router's ScrollRestoration calls it.
if (inBrowser) window.scrollTo = () => {};

afterEach(() => {
  if (!inBrowser) return;
  (zustand as unknown as { resetAllStores: () => void }).resetAllStores();
  // Resetting writes the empty state through `persist`: start each test with empty storage.
  localStorage.clear();
});
