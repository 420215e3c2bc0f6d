/**
 * Time allowed for a test that runs axe or renders a whole lesson through the router. Each
 * takes about 0.3–2 s alone, but several seconds on a busy 2-core machine, over jest's 5 s
 * default. Give it to such a test explicitly (the third argument of `it`), and keep each
 * test to one render and at most two axe runs, so a slow machine cannot push one over.
 */
export const SLOW_TEST_MS = 30_000;
