import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';
// The manual mock in __tests__/__mocks__/zustand.ts: records every store so it can be reset.
import * as zustand from 'zustand';

expect.extend(toHaveNoViolations);

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
